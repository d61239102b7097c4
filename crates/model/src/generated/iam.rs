//! The `iam` service: schema tables and typed shapes. Written by `scripts/codegen` from botocore 1.44.8; do not edit.

#![allow(clippy::all, clippy::pedantic, non_camel_case_types, non_snake_case)]

pub static SERVICE: crate::ServiceDef = crate::ServiceDef {
    name: "iam",
    protocol: crate::Protocol::Query,
    protocols: &["query"],
    api_version: "2010-05-08",
    target_prefix: None,
    json_version: None,
    xml_namespace: Some("https://iam.amazonaws.com/doc/2010-05-08/"),
    signing_name: "iam",
    endpoint_prefix: "iam",
    operations: &OPERATIONS,
    shapes: &SHAPES,
};

static OPERATIONS: [crate::OperationDef; 181] = [
    crate::OperationDef {
        name: "AcceptDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(0)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291), crate::ShapeId(379), crate::ShapeId(31)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AcquireRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(8)),
        output: Some(crate::ShapeId(9)),
        result_wrapper: Some("AcquireRoleResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(359),
            crate::ShapeId(290),
            crate::ShapeId(287),
            crate::ShapeId(31),
            crate::ShapeId(379),
            crate::ShapeId(291),
            crate::ShapeId(360),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddClientIDToOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(12)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddRoleToInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(13)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AddUserToGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(14)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AssociateDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(16)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(31),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachGroupPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(17)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(318),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(18)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(408),
            crate::ShapeId(318),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "AttachUserPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(19)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(318),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ChangePassword",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(29)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(206),
            crate::ShapeId(209),
            crate::ShapeId(122),
            crate::ShapeId(304),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateAccessKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(42)),
        output: Some(crate::ShapeId(43)),
        result_wrapper: Some("CreateAccessKeyResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateAccountAlias",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(44)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(45)),
        output: Some(crate::ShapeId(46)),
        result_wrapper: Some("CreateDelegationRequestResult"),
        errors: &[
            crate::ShapeId(119),
            crate::ShapeId(379),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(47)),
        output: Some(crate::ShapeId(48)),
        result_wrapper: Some("CreateGroupResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(119),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(49)),
        output: Some(crate::ShapeId(50)),
        result_wrapper: Some("CreateInstanceProfileResult"),
        errors: &[
            crate::ShapeId(119),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateLoginProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(51)),
        output: Some(crate::ShapeId(52)),
        result_wrapper: Some("CreateLoginProfileResult"),
        errors: &[
            crate::ShapeId(119),
            crate::ShapeId(291),
            crate::ShapeId(304),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(53)),
        output: Some(crate::ShapeId(54)),
        result_wrapper: Some("CreateOpenIDConnectProviderResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
            crate::ShapeId(295),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreatePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(55)),
        output: Some(crate::ShapeId(56)),
        result_wrapper: Some("CreatePolicyResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(119),
            crate::ShapeId(287),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreatePolicyVersion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(57)),
        output: Some(crate::ShapeId(58)),
        result_wrapper: Some("CreatePolicyVersionResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(287),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(59)),
        output: Some(crate::ShapeId(60)),
        result_wrapper: Some("CreateRoleResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(287),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(61)),
        output: Some(crate::ShapeId(62)),
        result_wrapper: Some("CreateSAMLProviderResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateServiceLinkedRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(63)),
        output: Some(crate::ShapeId(64)),
        result_wrapper: Some("CreateServiceLinkedRoleResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateServiceSpecificCredential",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(65)),
        output: Some(crate::ShapeId(66)),
        result_wrapper: Some("CreateServiceSpecificCredentialResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(381),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(67)),
        output: Some(crate::ShapeId(68)),
        result_wrapper: Some("CreateUserResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(119),
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "CreateVirtualMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(69)),
        output: Some(crate::ShapeId(70)),
        result_wrapper: Some("CreateVirtualMFADeviceResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeactivateMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(74)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(122),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteAccessKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(77)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteAccountAlias",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(78)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteAccountPasswordPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(81)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteGroupPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(80)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(82)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteLoginProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(83)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(122),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(84)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeletePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(85)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(79),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeletePolicyVersion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(86)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(79),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(89)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(209),
            crate::ShapeId(408),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteRolePermissionsBoundary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(87)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(88)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(90)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteSSHPublicKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(91)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(92)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteServiceLinkedRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(93)),
        output: Some(crate::ShapeId(94)),
        result_wrapper: Some("DeleteServiceLinkedRoleResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteServiceSpecificCredential",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(95)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteSigningCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(96)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(99)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteUserPermissionsBoundary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(97)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteUserPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(98)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DeleteVirtualMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(100)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(79),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachGroupPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(104)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(105)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DetachUserPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(106)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableOrganizationsRootCredentialsManagement",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(107)),
        output: Some(crate::ShapeId(108)),
        result_wrapper: Some("DisableOrganizationsRootCredentialsManagementResult"),
        errors: &[
            crate::ShapeId(378),
            crate::ShapeId(7),
            crate::ShapeId(298),
            crate::ShapeId(299),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableOrganizationsRootSessions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(109)),
        output: Some(crate::ShapeId(110)),
        result_wrapper: Some("DisableOrganizationsRootSessionsResult"),
        errors: &[
            crate::ShapeId(378),
            crate::ShapeId(7),
            crate::ShapeId(298),
            crate::ShapeId(299),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "DisableOutboundWebIdentityFederation",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(129)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(113)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(119),
            crate::ShapeId(122),
            crate::ShapeId(202),
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableOrganizationsRootCredentialsManagement",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(114)),
        output: Some(crate::ShapeId(115)),
        result_wrapper: Some("EnableOrganizationsRootCredentialsManagementResult"),
        errors: &[
            crate::ShapeId(378),
            crate::ShapeId(7),
            crate::ShapeId(298),
            crate::ShapeId(299),
            crate::ShapeId(25),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableOrganizationsRootSessions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(116)),
        output: Some(crate::ShapeId(117)),
        result_wrapper: Some("EnableOrganizationsRootSessionsResult"),
        errors: &[
            crate::ShapeId(378),
            crate::ShapeId(7),
            crate::ShapeId(298),
            crate::ShapeId(299),
            crate::ShapeId(25),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "EnableOutboundWebIdentityFederation",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(118)),
        result_wrapper: Some("EnableOutboundWebIdentityFederationResult"),
        errors: &[crate::ShapeId(131)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GenerateCredentialReport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(135)),
        result_wrapper: Some("GenerateCredentialReportResult"),
        errors: &[crate::ShapeId(209), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GenerateOrganizationsAccessReport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(136)),
        output: Some(crate::ShapeId(137)),
        result_wrapper: Some("GenerateOrganizationsAccessReportResult"),
        errors: &[crate::ShapeId(345)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GenerateServiceLastAccessedDetails",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(138)),
        output: Some(crate::ShapeId(139)),
        result_wrapper: Some("GenerateServiceLastAccessedDetailsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccessKeyLastUsed",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(140)),
        output: Some(crate::ShapeId(141)),
        result_wrapper: Some("GetAccessKeyLastUsedResult"),
        errors: &[],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccountAuthorizationDetails",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(142)),
        output: Some(crate::ShapeId(143)),
        result_wrapper: Some("GetAccountAuthorizationDetailsResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccountPasswordPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(144)),
        result_wrapper: Some("GetAccountPasswordPolicyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccountProperties",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(145)),
        output: Some(crate::ShapeId(146)),
        result_wrapper: Some("GetAccountPropertiesResult"),
        errors: &[crate::ShapeId(204), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetAccountSummary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(147)),
        result_wrapper: Some("GetAccountSummaryResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetContextKeysForCustomPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(148)),
        output: Some(crate::ShapeId(149)),
        result_wrapper: Some("GetContextKeysForCustomPolicyResult"),
        errors: &[crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetContextKeysForPrincipalPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(150)),
        output: Some(crate::ShapeId(149)),
        result_wrapper: Some("GetContextKeysForPrincipalPolicyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetCredentialReport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(151)),
        result_wrapper: Some("GetCredentialReportResult"),
        errors: &[
            crate::ShapeId(72),
            crate::ShapeId(71),
            crate::ShapeId(73),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(152)),
        output: Some(crate::ShapeId(153)),
        result_wrapper: Some("GetDelegationRequestResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(156)),
        output: Some(crate::ShapeId(157)),
        result_wrapper: Some("GetGroupResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetGroupPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(154)),
        output: Some(crate::ShapeId(155)),
        result_wrapper: Some("GetGroupPolicyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetHumanReadableSummary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(158)),
        output: Some(crate::ShapeId(159)),
        result_wrapper: Some("GetHumanReadableSummaryResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(160)),
        output: Some(crate::ShapeId(161)),
        result_wrapper: Some("GetInstanceProfileResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetLoginProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(162)),
        output: Some(crate::ShapeId(163)),
        result_wrapper: Some("GetLoginProfileResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(164)),
        output: Some(crate::ShapeId(165)),
        result_wrapper: Some("GetMFADeviceResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(166)),
        output: Some(crate::ShapeId(167)),
        result_wrapper: Some("GetOpenIDConnectProviderResult"),
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetOrganizationsAccessReport",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(168)),
        output: Some(crate::ShapeId(169)),
        result_wrapper: Some("GetOrganizationsAccessReportResult"),
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetOutboundWebIdentityFederationInfo",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: None,
        output: Some(crate::ShapeId(170)),
        result_wrapper: Some("GetOutboundWebIdentityFederationInfoResult"),
        errors: &[crate::ShapeId(129)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(171)),
        output: Some(crate::ShapeId(172)),
        result_wrapper: Some("GetPolicyResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetPolicyVersion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(173)),
        output: Some(crate::ShapeId(174)),
        result_wrapper: Some("GetPolicyVersionResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(177)),
        output: Some(crate::ShapeId(178)),
        result_wrapper: Some("GetRoleResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(175)),
        output: Some(crate::ShapeId(176)),
        result_wrapper: Some("GetRolePolicyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetRoleTemplateVersion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(179)),
        output: Some(crate::ShapeId(180)),
        result_wrapper: Some("GetRoleTemplateVersionResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(181)),
        output: Some(crate::ShapeId(182)),
        result_wrapper: Some("GetSAMLProviderResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetSSHPublicKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(183)),
        output: Some(crate::ShapeId(184)),
        result_wrapper: Some("GetSSHPublicKeyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(409)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(185)),
        output: Some(crate::ShapeId(186)),
        result_wrapper: Some("GetServerCertificateResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetServiceLastAccessedDetails",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(187)),
        output: Some(crate::ShapeId(188)),
        result_wrapper: Some("GetServiceLastAccessedDetailsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetServiceLastAccessedDetailsWithEntities",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(189)),
        output: Some(crate::ShapeId(190)),
        result_wrapper: Some("GetServiceLastAccessedDetailsWithEntitiesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetServiceLinkedRoleDeletionStatus",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(191)),
        output: Some(crate::ShapeId(192)),
        result_wrapper: Some("GetServiceLinkedRoleDeletionStatusResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(195)),
        output: Some(crate::ShapeId(196)),
        result_wrapper: Some("GetUserResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "GetUserPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(193)),
        output: Some(crate::ShapeId(194)),
        result_wrapper: Some("GetUserPolicyResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccessKeys",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(211)),
        output: Some(crate::ShapeId(212)),
        result_wrapper: Some("ListAccessKeysResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAccountAliases",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(213)),
        output: Some(crate::ShapeId(214)),
        result_wrapper: Some("ListAccountAliasesResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAttachedGroupPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(215)),
        output: Some(crate::ShapeId(216)),
        result_wrapper: Some("ListAttachedGroupPoliciesResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAttachedRolePolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(217)),
        output: Some(crate::ShapeId(218)),
        result_wrapper: Some("ListAttachedRolePoliciesResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListAttachedUserPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(219)),
        output: Some(crate::ShapeId(220)),
        result_wrapper: Some("ListAttachedUserPoliciesResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListDelegationRequests",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(221)),
        output: Some(crate::ShapeId(222)),
        result_wrapper: Some("ListDelegationRequestsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListEntitiesForPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(223)),
        output: Some(crate::ShapeId(224)),
        result_wrapper: Some("ListEntitiesForPolicyResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroupPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(225)),
        output: Some(crate::ShapeId(226)),
        result_wrapper: Some("ListGroupPoliciesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroups",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(229)),
        output: Some(crate::ShapeId(230)),
        result_wrapper: Some("ListGroupsResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListGroupsForUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(227)),
        output: Some(crate::ShapeId(228)),
        result_wrapper: Some("ListGroupsForUserResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInstanceProfileTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(231)),
        output: Some(crate::ShapeId(232)),
        result_wrapper: Some("ListInstanceProfileTagsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInstanceProfiles",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(235)),
        output: Some(crate::ShapeId(236)),
        result_wrapper: Some("ListInstanceProfilesResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListInstanceProfilesForRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(233)),
        output: Some(crate::ShapeId(234)),
        result_wrapper: Some("ListInstanceProfilesForRoleResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListMFADeviceTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(237)),
        output: Some(crate::ShapeId(238)),
        result_wrapper: Some("ListMFADeviceTagsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListMFADevices",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(239)),
        output: Some(crate::ShapeId(240)),
        result_wrapper: Some("ListMFADevicesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOpenIDConnectProviderTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(241)),
        output: Some(crate::ShapeId(242)),
        result_wrapper: Some("ListOpenIDConnectProviderTagsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOpenIDConnectProviders",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(243)),
        output: Some(crate::ShapeId(244)),
        result_wrapper: Some("ListOpenIDConnectProvidersResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListOrganizationsFeatures",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(245)),
        output: Some(crate::ShapeId(246)),
        result_wrapper: Some("ListOrganizationsFeaturesResult"),
        errors: &[
            crate::ShapeId(378),
            crate::ShapeId(7),
            crate::ShapeId(298),
            crate::ShapeId(299),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(250)),
        output: Some(crate::ShapeId(251)),
        result_wrapper: Some("ListPoliciesResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPoliciesGrantingServiceAccess",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(248)),
        output: Some(crate::ShapeId(249)),
        result_wrapper: Some("ListPoliciesGrantingServiceAccessResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPolicyTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(252)),
        output: Some(crate::ShapeId(253)),
        result_wrapper: Some("ListPolicyTagsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListPolicyVersions",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(254)),
        output: Some(crate::ShapeId(255)),
        result_wrapper: Some("ListPolicyVersionsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListRolePolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(256)),
        output: Some(crate::ShapeId(257)),
        result_wrapper: Some("ListRolePoliciesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListRoleTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(258)),
        output: Some(crate::ShapeId(259)),
        result_wrapper: Some("ListRoleTagsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListRoles",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(260)),
        output: Some(crate::ShapeId(261)),
        result_wrapper: Some("ListRolesResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSAMLProviderTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(262)),
        output: Some(crate::ShapeId(263)),
        result_wrapper: Some("ListSAMLProviderTagsResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSAMLProviders",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(264)),
        output: Some(crate::ShapeId(265)),
        result_wrapper: Some("ListSAMLProvidersResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSSHPublicKeys",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(266)),
        output: Some(crate::ShapeId(267)),
        result_wrapper: Some("ListSSHPublicKeysResult"),
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListServerCertificateTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(268)),
        output: Some(crate::ShapeId(269)),
        result_wrapper: Some("ListServerCertificateTagsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListServerCertificates",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(270)),
        output: Some(crate::ShapeId(271)),
        result_wrapper: Some("ListServerCertificatesResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListServiceSpecificCredentials",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(272)),
        output: Some(crate::ShapeId(273)),
        result_wrapper: Some("ListServiceSpecificCredentialsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(381)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListSigningCertificates",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(274)),
        output: Some(crate::ShapeId(275)),
        result_wrapper: Some("ListSigningCertificatesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListUserPolicies",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(276)),
        output: Some(crate::ShapeId(277)),
        result_wrapper: Some("ListUserPoliciesResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListUserTags",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(278)),
        output: Some(crate::ShapeId(279)),
        result_wrapper: Some("ListUserTagsResult"),
        errors: &[crate::ShapeId(291), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListUsers",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(280)),
        output: Some(crate::ShapeId(281)),
        result_wrapper: Some("ListUsersResult"),
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ListVirtualMFADevices",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(282)),
        output: Some(crate::ShapeId(283)),
        result_wrapper: Some("ListVirtualMFADevicesResult"),
        errors: &[],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutAccountProperties",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(329)),
        output: Some(crate::ShapeId(330)),
        result_wrapper: Some("PutAccountPropertiesResult"),
        errors: &[crate::ShapeId(204), crate::ShapeId(31), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutGroupPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(331)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(287),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutRolePermissionsBoundary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(332)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(408),
            crate::ShapeId(318),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(333)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(287),
            crate::ShapeId(291),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutUserPermissionsBoundary",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(334)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(318),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "PutUserPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(335)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(287),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RejectDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(338)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(31),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveClientIDFromOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(339)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveRoleFromInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(340)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "RemoveUserFromGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(341)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ResetServiceSpecificCredential",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(348)),
        output: Some(crate::ShapeId(349)),
        result_wrapper: Some("ResetServiceSpecificCredentialResult"),
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "ResyncMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(355)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(202),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SendDelegationToken",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(375)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(31),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SetDefaultPolicyVersion",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(386)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SetSecurityTokenServicePreferences",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(387)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SimulateCustomPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(389)),
        output: Some(crate::ShapeId(390)),
        result_wrapper: Some("SimulateCustomPolicyResult"),
        errors: &[crate::ShapeId(204), crate::ShapeId(310)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "SimulatePrincipalPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(391)),
        output: Some(crate::ShapeId(390)),
        result_wrapper: Some("SimulatePrincipalPolicyResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(310),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(397)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(398)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(399)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(400)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(401)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(402)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(403)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "TagUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(405)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagInstanceProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(410)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagMFADevice",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(411)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(412)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(413)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(414)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291), crate::ShapeId(31), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(415)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(416)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UntagUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(417)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291), crate::ShapeId(31), crate::ShapeId(379)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateAccessKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(418)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateAccountPasswordPolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(419)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(287),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateAssumeRolePolicy",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(420)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(287),
            crate::ShapeId(209),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateDelegationRequest",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(421)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(379),
            crate::ShapeId(31),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateGroup",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(422)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateLoginProfile",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(423)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(122),
            crate::ShapeId(291),
            crate::ShapeId(304),
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateOpenIDConnectProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(424)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateOpenIDConnectProviderThumbprint",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(425)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(31),
            crate::ShapeId(204),
            crate::ShapeId(291),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateRole",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(428)),
        output: Some(crate::ShapeId(429)),
        result_wrapper: Some("UpdateRoleResult"),
        errors: &[
            crate::ShapeId(408),
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateRoleDescription",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(426)),
        output: Some(crate::ShapeId(427)),
        result_wrapper: Some("UpdateRoleDescriptionResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(408),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateSAMLProvider",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(430)),
        output: Some(crate::ShapeId(431)),
        result_wrapper: Some("UpdateSAMLProviderResult"),
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(204),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(31),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateSSHPublicKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(432)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291), crate::ShapeId(204)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(433)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(119),
            crate::ShapeId(209),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateServiceSpecificCredential",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(434)),
        output: None,
        result_wrapper: None,
        errors: &[crate::ShapeId(291)],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateSigningCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(435)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(379),
            crate::ShapeId(204),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UpdateUser",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(436)),
        output: None,
        result_wrapper: None,
        errors: &[
            crate::ShapeId(291),
            crate::ShapeId(209),
            crate::ShapeId(119),
            crate::ShapeId(122),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UploadSSHPublicKey",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(437)),
        output: Some(crate::ShapeId(438)),
        result_wrapper: Some("UploadSSHPublicKeyResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(291),
            crate::ShapeId(205),
            crate::ShapeId(112),
            crate::ShapeId(409),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UploadServerCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(439)),
        output: Some(crate::ShapeId(440)),
        result_wrapper: Some("UploadServerCertificateResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(204),
            crate::ShapeId(119),
            crate::ShapeId(286),
            crate::ShapeId(208),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
    crate::OperationDef {
        name: "UploadSigningCertificate",
        http_method: "POST",
        request_uri: "/",
        response_code: 200,
        input: Some(crate::ShapeId(441)),
        output: Some(crate::ShapeId(442)),
        result_wrapper: Some("UploadSigningCertificateResult"),
        errors: &[
            crate::ShapeId(209),
            crate::ShapeId(119),
            crate::ShapeId(286),
            crate::ShapeId(203),
            crate::ShapeId(111),
            crate::ShapeId(291),
            crate::ShapeId(31),
            crate::ShapeId(379),
        ],
        unsigned: false,
    },
];

static SHAPES: [crate::Shape; 636] = [
    crate::Shape {
        name: "AcceptDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DelegationRequestId",
            target: crate::ShapeId(480),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessAdvisorUsageGranularityType",
        kind: crate::ShapeKind::String,
        enum_values: &["SERVICE_LEVEL", "ACTION_LEVEL"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityPath",
                target: crate::ShapeId(533),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAuthenticatedTime",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Region",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(602),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceNamespace",
                target: crate::ShapeId(604),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TotalAuthenticatedEntities",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessDetails",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(2),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(446),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SecretAccessKey",
                target: crate::ShapeId(448),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessKeyLastUsed",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LastUsedDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Region",
                target: crate::ShapeId(613),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(613),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccessKeyMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(446),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AccountNotManagementOrDelegatedAdministratorException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "AccountNotManagementOrDelegatedAdministratorException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcquireRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ReplacementValues",
                target: crate::ShapeId(520),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateMinorVersion",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AcquireRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Role",
            target: crate::ShapeId(356),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ActionNameListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(11),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ActionNameType",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddClientIDToOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientID",
                target: crate::ShapeId(469),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddRoleToInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AddUserToGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ArnListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(456),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AssociateDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DelegationRequestId",
            target: crate::ShapeId(480),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachGroupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachUserPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachedPermissionsBoundary",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PermissionsBoundaryArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryType",
                target: crate::ShapeId(305),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachedPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachmentName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "AttachmentType",
        kind: crate::ShapeKind::String,
        enum_values: &["user", "group", "role"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "BootstrapDatum",
        kind: crate::ShapeKind::Blob,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CallerIsNotManagementAccountException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "CallerIsNotManagementAccountException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificationKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificationMapType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(26),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(28),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CertificationValueType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(32),
        pattern: Some("[\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ChangePasswordRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NewPassword",
                target: crate::ShapeId(544),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OldPassword",
                target: crate::ShapeId(544),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ColumnNumber",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConcurrentModificationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(32),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ConcurrentModification",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ConcurrentModificationMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ContextKeyName",
                target: crate::ShapeId(35),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextKeyType",
                target: crate::ShapeId(37),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextKeyValues",
                target: crate::ShapeId(38),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextEntryListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(33),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeyNameType",
        kind: crate::ShapeKind::String,
        min: Some(5),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeyNamesResultListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(35),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeyTypeEnum",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "string",
            "stringList",
            "numeric",
            "numericList",
            "boolean",
            "booleanList",
            "ip",
            "ipList",
            "binary",
            "binaryList",
            "date",
            "dateList",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeyValueListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(39),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextKeyValueType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextProvider",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "KeyDefinitionList",
                target: crate::ShapeId(510),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectSourceKey",
                target: crate::ShapeId(471),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectTypeSourceKey",
                target: crate::ShapeId(471),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubjectTypeValue",
                target: crate::ShapeId(614),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ContextProviderKeyDefinition",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SourceKey",
                target: crate::ShapeId(471),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TargetKey",
                target: crate::ShapeId(472),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccessKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(491),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccessKeyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccessKey",
            target: crate::ShapeId(4),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateAccountAliasRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAlias",
            target: crate::ShapeId(450),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(479),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NotificationChannel",
                target: crate::ShapeId(531),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OnlySendByOwner",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerAccountId",
                target: crate::ShapeId(451),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Permissions",
                target: crate::ShapeId(75),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RedirectUrl",
                target: crate::ShapeId(575),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestMessage",
                target: crate::ShapeId(578),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestorWorkflowId",
                target: crate::ShapeId(580),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionDuration",
                target: crate::ShapeId(609),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateDelegationRequestResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ConsoleDeepLink",
                target: crate::ShapeId(470),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DelegationRequestId",
                target: crate::ShapeId(480),
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
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateGroupResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Group",
            target: crate::ShapeId(197),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateInstanceProfileResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceProfile",
            target: crate::ShapeId(201),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateLoginProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(544),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordResetRequired",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateLoginProfileResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "LoginProfile",
            target: crate::ShapeId(284),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientIDList",
                target: crate::ShapeId(468),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ThumbprintList",
                target: crate::ShapeId(627),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Url",
                target: crate::ShapeId(294),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateOpenIDConnectProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(550),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
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
            target: crate::ShapeId(307),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePolicyVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SetAsDefault",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreatePolicyVersionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyVersion",
            target: crate::ShapeId(327),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumeRolePolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(583),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSessionDuration",
                target: crate::ShapeId(586),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Role",
            target: crate::ShapeId(356),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddPrivateKey",
                target: crate::ShapeId(571),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssertionEncryptionMode",
                target: crate::ShapeId(457),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(371),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLMetadataDocument",
                target: crate::ShapeId(367),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateSAMLProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SAMLProviderArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateServiceLinkedRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AWSServiceName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CustomSuffix",
                target: crate::ShapeId(477),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(583),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateServiceLinkedRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Role",
            target: crate::ShapeId(356),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateServiceSpecificCredentialRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CredentialAgeDays",
                target: crate::ShapeId(473),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(601),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateServiceSpecificCredentialResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServiceSpecificCredential",
            target: crate::ShapeId(382),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "User",
            target: crate::ShapeId(443),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateVirtualMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VirtualMFADeviceName",
                target: crate::ShapeId(635),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CreateVirtualMFADeviceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "VirtualMFADevice",
            target: crate::ShapeId(445),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CredentialReportExpiredException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(474),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ReportExpired",
            http_status: 410,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CredentialReportNotPresentException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(475),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ReportNotPresent",
            http_status: 410,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "CredentialReportNotReadyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(476),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ReportInProgress",
            http_status: 404,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeactivateMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegationPermission",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Parameters",
                target: crate::ShapeId(561),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyTemplateArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DelegationRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ApproverId",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DelegationRequestId",
                target: crate::ShapeId(480),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(479),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpirationTime",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Notes",
                target: crate::ShapeId(530),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OnlySendByOwner",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerAccountId",
                target: crate::ShapeId(451),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerId",
                target: crate::ShapeId(535),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionPolicy",
                target: crate::ShapeId(549),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Permissions",
                target: crate::ShapeId(75),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RedirectUrl",
                target: crate::ShapeId(575),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RejectionReason",
                target: crate::ShapeId(530),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestMessage",
                target: crate::ShapeId(578),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestorId",
                target: crate::ShapeId(451),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequestorName",
                target: crate::ShapeId(579),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RolePermissionRestrictionArns",
                target: crate::ShapeId(591),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SessionDuration",
                target: crate::ShapeId(609),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(611),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdatedTime",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAccessKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(446),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteAccountAliasRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccountAlias",
            target: crate::ShapeId(450),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(482),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DeleteConflict",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteGroupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "GroupName",
            target: crate::ShapeId(496),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceProfileName",
            target: crate::ShapeId(501),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteLoginProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(633),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OpenIDConnectProviderArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletePolicyVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VersionId",
                target: crate::ShapeId(568),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteRolePermissionsBoundaryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RoleName",
            target: crate::ShapeId(589),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RoleName",
            target: crate::ShapeId(589),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SAMLProviderArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSSHPublicKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SSHPublicKeyId",
                target: crate::ShapeId(573),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServerCertificateName",
            target: crate::ShapeId(597),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteServiceLinkedRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RoleName",
            target: crate::ShapeId(589),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteServiceLinkedRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DeletionTaskId",
            target: crate::ShapeId(102),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteServiceSpecificCredentialRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServiceSpecificCredentialId",
                target: crate::ShapeId(607),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteSigningCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(466),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteUserPermissionsBoundaryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(633),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteUserPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(491),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeleteVirtualMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SerialNumber",
            target: crate::ShapeId(595),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletionTaskFailureReasonType",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(336),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleUsageList",
                target: crate::ShapeId(362),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletionTaskIdType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DeletionTaskStatusType",
        kind: crate::ShapeKind::String,
        enum_values: &["SUCCEEDED", "IN_PROGRESS", "FAILED", "NOT_STARTED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachGroupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DetachUserPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableOrganizationsRootCredentialsManagementRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableOrganizationsRootCredentialsManagementResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledFeatures",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationId",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableOrganizationsRootSessionsRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DisableOrganizationsRootSessionsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledFeatures",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationId",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicateCertificateException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(483),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicateCertificate",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "DuplicateSSHPublicKeyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(484),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "DuplicateSSHPublicKey",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthenticationCode1",
                target: crate::ShapeId(461),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationCode2",
                target: crate::ShapeId(461),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableOrganizationsRootCredentialsManagementRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableOrganizationsRootCredentialsManagementResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledFeatures",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationId",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableOrganizationsRootSessionsRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableOrganizationsRootSessionsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledFeatures",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationId",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EnableOutboundWebIdentityFederationResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "IssuerIdentifier",
            target: crate::ShapeId(613),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityAlreadyExistsException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(486),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "EntityAlreadyExists",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityInfo",
                target: crate::ShapeId(121),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAuthenticated",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityInfo",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Id",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(560),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityTemporarilyUnmodifiableException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(490),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "EntityTemporarilyUnmodifiable",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EntityType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "User",
            "Role",
            "Group",
            "LocalManagedPolicy",
            "AWSManagedPolicy",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ErrorDetails",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Code",
                target: crate::ShapeId(613),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Message",
                target: crate::ShapeId(613),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EvalDecisionDetailsType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(126),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(309),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EvalDecisionSourceType",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EvaluationResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EvalActionName",
                target: crate::ShapeId(11),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvalDecision",
                target: crate::ShapeId(309),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvalDecisionDetails",
                target: crate::ShapeId(125),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvalResourceName",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MatchedStatements",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MissingContextValues",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationsDecisionDetail",
                target: crate::ShapeId(301),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryDecisionDetail",
                target: crate::ShapeId(306),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceSpecificResults",
                target: crate::ShapeId(354),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "EvaluationResultsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(127),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeatureDisabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(130),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FeatureDisabled",
            http_status: 404,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeatureDisabledMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeatureEnabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(132),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "FeatureEnabled",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeatureEnabledMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeatureType",
        kind: crate::ShapeKind::String,
        enum_values: &["RootCredentialsManagement", "RootSessions"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "FeaturesListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(133),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateCredentialReportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(346),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "State",
                target: crate::ShapeId(347),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateOrganizationsAccessReportRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityPath",
                target: crate::ShapeId(533),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationsPolicyId",
                target: crate::ShapeId(534),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateOrganizationsAccessReportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "JobId",
            target: crate::ShapeId(508),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateServiceLastAccessedDetailsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Granularity",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GenerateServiceLastAccessedDetailsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "JobId",
            target: crate::ShapeId(508),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccessKeyLastUsedRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AccessKeyId",
            target: crate::ShapeId(446),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccessKeyLastUsedResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyLastUsed",
                target: crate::ShapeId(5),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountAuthorizationDetailsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Filter",
                target: crate::ShapeId(488),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountAuthorizationDetailsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupDetailList",
                target: crate::ShapeId(493),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(289),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleDetailList",
                target: crate::ShapeId(584),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserDetailList",
                target: crate::ShapeId(631),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountPasswordPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PasswordPolicy",
            target: crate::ShapeId(303),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountPropertiesRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountPropertiesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Properties",
            target: crate::ShapeId(452),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetAccountSummaryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SummaryMap",
            target: crate::ShapeId(617),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetContextKeysForCustomPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyInputList",
            target: crate::ShapeId(392),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetContextKeysForPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ContextKeyNames",
            target: crate::ShapeId(36),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetContextKeysForPrincipalPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyInputList",
                target: crate::ShapeId(392),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicySourceArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetCredentialReportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Content",
                target: crate::ShapeId(343),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GeneratedTime",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ReportFormat",
                target: crate::ShapeId(344),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationPermissionCheck",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DelegationRequestId",
                target: crate::ShapeId(480),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetDelegationRequestResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationRequest",
                target: crate::ShapeId(76),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionCheckResult",
                target: crate::ShapeId(547),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionCheckStatus",
                target: crate::ShapeId(548),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetGroupResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Group",
                target: crate::ShapeId(197),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Users",
                target: crate::ShapeId(632),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetHumanReadableSummaryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Locale",
                target: crate::ShapeId(514),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetHumanReadableSummaryResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Locale",
                target: crate::ShapeId(514),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SummaryContent",
                target: crate::ShapeId(615),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SummaryState",
                target: crate::ShapeId(618),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceProfileName",
            target: crate::ShapeId(501),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetInstanceProfileResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "InstanceProfile",
            target: crate::ShapeId(201),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetLoginProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(633),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetLoginProfileResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "LoginProfile",
            target: crate::ShapeId(284),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetMFADeviceResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Certifications",
                target: crate::ShapeId(27),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EnableDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OpenIDConnectProviderArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOpenIDConnectProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientIDList",
                target: crate::ShapeId(468),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ThumbprintList",
                target: crate::ShapeId(627),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Url",
                target: crate::ShapeId(294),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOrganizationsAccessReportRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "JobId",
                target: crate::ShapeId(508),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SortKey",
                target: crate::ShapeId(610),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOrganizationsAccessReportResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessDetails",
                target: crate::ShapeId(3),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ErrorDetails",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCompletionDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCreationDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobStatus",
                target: crate::ShapeId(509),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NumberOfServicesAccessible",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NumberOfServicesNotAccessed",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetOutboundWebIdentityFederationInfoResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IssuerIdentifier",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JwtVendingEnabled",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Policy",
            target: crate::ShapeId(307),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPolicyVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VersionId",
                target: crate::ShapeId(568),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetPolicyVersionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "PolicyVersion",
            target: crate::ShapeId(327),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRolePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RoleName",
            target: crate::ShapeId(589),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Role",
            target: crate::ShapeId(356),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleTemplateVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MinorVersion",
                target: crate::ShapeId(527),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetRoleTemplateVersionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "RoleTemplateVersion",
            target: crate::ShapeId(361),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SAMLProviderArn",
            target: crate::ShapeId(456),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSAMLProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssertionEncryptionMode",
                target: crate::ShapeId(457),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityStoreArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrivateKeyList",
                target: crate::ShapeId(570),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLKeyHashes",
                target: crate::ShapeId(366),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLMetadataDocument",
                target: crate::ShapeId(367),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLProviderUUID",
                target: crate::ShapeId(569),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ValidUntil",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSSHPublicKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Encoding",
                target: crate::ShapeId(485),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SSHPublicKeyId",
                target: crate::ShapeId(573),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetSSHPublicKeyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SSHPublicKey",
            target: crate::ShapeId(372),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServerCertificateName",
            target: crate::ShapeId(597),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServerCertificateResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServerCertificate",
            target: crate::ShapeId(376),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLastAccessedDetailsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "JobId",
                target: crate::ShapeId(508),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLastAccessedDetailsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Error",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCompletionDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCreationDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobStatus",
                target: crate::ShapeId(509),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobType",
                target: crate::ShapeId(1),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicesLastAccessed",
                target: crate::ShapeId(385),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLastAccessedDetailsWithEntitiesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "JobId",
                target: crate::ShapeId(508),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceNamespace",
                target: crate::ShapeId(604),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLastAccessedDetailsWithEntitiesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityDetailsList",
                target: crate::ShapeId(487),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Error",
                target: crate::ShapeId(124),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCompletionDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobCreationDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "JobStatus",
                target: crate::ShapeId(509),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLinkedRoleDeletionStatusRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DeletionTaskId",
            target: crate::ShapeId(102),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetServiceLinkedRoleDeletionStatusResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Reason",
                target: crate::ShapeId(101),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(103),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "UserName",
            target: crate::ShapeId(491),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GetUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "User",
            target: crate::ShapeId(443),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Group",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "GroupDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachedManagedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupPolicyList",
                target: crate::ShapeId(551),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InlinePolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InlinePolicyIdentifierType",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachmentName",
                target: crate::ShapeId(22),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachmentType",
                target: crate::ShapeId(23),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InstanceProfile",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceProfileId",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(585),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidAuthenticationCodeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(503),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidAuthenticationCode",
            http_status: 403,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidCertificateException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(504),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidCertificate",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidInputException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(505),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidInput",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidPublicKeyException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(506),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidPublicKey",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "InvalidUserTypeException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(507),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "InvalidUserType",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KeyHashListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(613),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "KeyPairMismatchException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(511),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "KeyPairMismatch",
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
            target: crate::ShapeId(512),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "LimitExceeded",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LineNumber",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccessKeysRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccessKeysResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyMetadata",
                target: crate::ShapeId(447),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAliasesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAccountAliasesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccountAliases",
                target: crate::ShapeId(449),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedGroupPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedGroupPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedRolePoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedRolePoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedUserPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListAttachedUserPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AttachedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegationRequestsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OwnerId",
                target: crate::ShapeId(535),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListDelegationRequestsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationRequests",
                target: crate::ShapeId(481),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "isTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEntitiesForPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityFilter",
                target: crate::ShapeId(123),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyUsageFilter",
                target: crate::ShapeId(324),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListEntitiesForPolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyGroups",
                target: crate::ShapeId(314),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyRoles",
                target: crate::ShapeId(322),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyUsers",
                target: crate::ShapeId(326),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyNames",
                target: crate::ShapeId(557),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupsForUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListGroupsForUserResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Groups",
                target: crate::ShapeId(494),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
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
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(545),
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
                target: crate::ShapeId(494),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfileTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfileTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfilesForRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfilesForRoleResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfiles",
                target: crate::ShapeId(500),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfilesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(545),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListInstanceProfilesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfiles",
                target: crate::ShapeId(500),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListMFADeviceTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListMFADeviceTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListMFADevicesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListMFADevicesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MFADevices",
                target: crate::ShapeId(525),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOpenIDConnectProviderTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOpenIDConnectProviderTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOpenIDConnectProvidersRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOpenIDConnectProvidersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "OpenIDConnectProviderList",
            target: crate::ShapeId(293),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOrganizationsFeaturesRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListOrganizationsFeaturesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnabledFeatures",
                target: crate::ShapeId(134),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrganizationId",
                target: crate::ShapeId(297),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesGrantingServiceAccessEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(555),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceNamespace",
                target: crate::ShapeId(604),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesGrantingServiceAccessRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceNamespaces",
                target: crate::ShapeId(603),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPoliciesGrantingServiceAccessResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PoliciesGrantingServiceAccess",
                target: crate::ShapeId(513),
                required: true,
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
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OnlyAttached",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyUsageFilter",
                target: crate::ShapeId(324),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Scope",
                target: crate::ShapeId(566),
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
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Policies",
                target: crate::ShapeId(556),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyVersionsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListPolicyVersionsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Versions",
                target: crate::ShapeId(553),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRolePoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRolePoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyNames",
                target: crate::ShapeId(557),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRoleTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRoleTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRolesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(545),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListRolesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Roles",
                target: crate::ShapeId(585),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSAMLProviderTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSAMLProviderTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSAMLProvidersRequest",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSAMLProvidersResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SAMLProviderList",
            target: crate::ShapeId(370),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSSHPublicKeysRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSSHPublicKeysResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SSHPublicKeys",
                target: crate::ShapeId(373),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServerCertificateTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServerCertificateTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServerCertificatesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(545),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServerCertificatesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateMetadataList",
                target: crate::ShapeId(596),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServiceSpecificCredentialsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllUsers",
                target: crate::ShapeId(455),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(601),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListServiceSpecificCredentialsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceSpecificCredentials",
                target: crate::ShapeId(384),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSigningCertificatesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListSigningCertificatesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Certificates",
                target: crate::ShapeId(467),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUserPoliciesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUserPoliciesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyNames",
                target: crate::ShapeId(557),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUserTagsRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListUserTagsResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
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
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PathPrefix",
                target: crate::ShapeId(545),
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
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Users",
                target: crate::ShapeId(632),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListVirtualMFADevicesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssignmentStatus",
                target: crate::ShapeId(458),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ListVirtualMFADevicesResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VirtualMFADevices",
                target: crate::ShapeId(634),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "LoginProfile",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordResetRequired",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MFADevice",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EnableDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "MalformedCertificateException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(515),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "MalformedCertificate",
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
            target: crate::ShapeId(516),
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
        name: "ManagedPolicyDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachmentCount",
                target: crate::ShapeId(460),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DefaultVersionId",
                target: crate::ShapeId(568),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(550),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsAttachable",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryUsageCount",
                target: crate::ShapeId(460),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyVersionList",
                target: crate::ShapeId(553),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ManagedPolicyDetailListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(288),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NameConflictException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(528),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NameConflict",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "NoSuchEntityException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(529),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NoSuchEntity",
            http_status: 404,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OpenIDConnectProviderListEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTrustedIdentityPropagationEnabled",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OpenIDConnectProviderListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(292),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OpenIDConnectProviderUrlType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OpenIdIdpCommunicationErrorException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(532),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "OpenIdIdpCommunicationError",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrderedOrganizationPolicyType",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServiceControlPolicyInputList",
            target: crate::ShapeId(392),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationIdType",
        kind: crate::ShapeKind::String,
        max: Some(34),
        pattern: Some("^o-[a-z0-9]{10,32}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationNotFoundException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "OrganizationNotFoundException",
            http_status: 400,
            sender_fault: true,
        }),
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
        name: "OrganizationPolicyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(296),
            ..crate::Member::EMPTY
        }),
        max: Some(7),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "OrganizationsDecisionDetail",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AllowedByOrganizations",
            target: crate::ShapeId(463),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ParameterDefinition",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DefaultValue",
                target: crate::ShapeId(536),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(537),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Immutable",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsRequired",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Name",
                target: crate::ShapeId(538),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SubType",
                target: crate::ShapeId(539),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(540),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PasswordPolicy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowUsersToChangePassword",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpirePasswords",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HardExpiry",
                target: crate::ShapeId(462),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxPasswordAge",
                target: crate::ShapeId(523),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumPasswordLength",
                target: crate::ShapeId(526),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordReusePrevention",
                target: crate::ShapeId(543),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireLowercaseCharacters",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireNumbers",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireSymbols",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireUppercaseCharacters",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PasswordPolicyViolationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(542),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PasswordPolicyViolation",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionsBoundaryAttachmentType",
        kind: crate::ShapeKind::String,
        enum_values: &["PermissionsBoundaryPolicy"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PermissionsBoundaryDecisionDetail",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "AllowedByPermissionsBoundary",
            target: crate::ShapeId(463),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Policy",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachmentCount",
                target: crate::ShapeId(460),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DefaultVersionId",
                target: crate::ShapeId(568),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(550),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsAttachable",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(565),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryUsageCount",
                target: crate::ShapeId(460),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyEvaluationDecisionType",
        kind: crate::ShapeKind::String,
        enum_values: &["allowed", "explicitDeny", "implicitDeny"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyEvaluationException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(554),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyEvaluation",
            http_status: 500,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyExclusionsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(315),
            ..crate::Member::EMPTY
        }),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyGrantingServiceAccess",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EntityName",
                target: crate::ShapeId(489),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EntityType",
                target: crate::ShapeId(560),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(567),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyGroup",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyGroupListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(313),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyIdentifier",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InlinePolicyIdentifier",
                target: crate::ShapeId(200),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyType",
                target: crate::ShapeId(316),
                ..crate::Member::EMPTY
            },
        ],
        union: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyIdentifierPolicyType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "inline",
            "aws-managed",
            "user-managed",
            "permission-boundary",
            "scp",
            "rcp",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyIdentifierType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyNotAttachableException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(559),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "PolicyNotAttachable",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyParameter",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Name",
                target: crate::ShapeId(562),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Type",
                target: crate::ShapeId(320),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Values",
                target: crate::ShapeId(564),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyParameterTypeEnum",
        kind: crate::ShapeKind::String,
        enum_values: &["string", "stringList"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyRole",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "RoleId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyRoleListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(321),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicySourceType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "user",
            "group",
            "role",
            "aws-managed",
            "user-managed",
            "resource",
            "none",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyUsageType",
        kind: crate::ShapeKind::String,
        enum_values: &["PermissionsPolicy", "PermissionsBoundary"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyUser",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyUserListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(325),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PolicyVersion",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Document",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsDefaultVersion",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VersionId",
                target: crate::ShapeId(568),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Position",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Column",
                target: crate::ShapeId(30),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Line",
                target: crate::ShapeId(210),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutAccountPropertiesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Properties",
            target: crate::ShapeId(452),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutAccountPropertiesResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutGroupPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutRolePermissionsBoundaryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutUserPermissionsBoundaryRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "PutUserPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyName",
                target: crate::ShapeId(558),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReasonType",
        kind: crate::ShapeKind::String,
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RegionNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(100),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RejectDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationRequestId",
                target: crate::ShapeId(480),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Notes",
                target: crate::ShapeId(530),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveClientIDFromOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ClientID",
                target: crate::ShapeId(469),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveRoleFromInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RemoveUserFromGroupRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReplacementValueEntry",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Values",
            target: crate::ShapeId(576),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReportContentType",
        kind: crate::ShapeKind::Blob,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReportFormatType",
        kind: crate::ShapeKind::String,
        enum_values: &["text/csv"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReportGenerationLimitExceededException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(577),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ReportGenerationLimitExceeded",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReportStateDescriptionType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ReportStateType",
        kind: crate::ShapeKind::String,
        enum_values: &["STARTED", "INPROGRESS", "COMPLETE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetServiceSpecificCredentialRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServiceSpecificCredentialId",
                target: crate::ShapeId(607),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResetServiceSpecificCredentialResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "ServiceSpecificCredential",
            target: crate::ShapeId(382),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceHandlingOptionType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNameListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(352),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2048),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceSpecificResult",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EvalDecisionDetails",
                target: crate::ShapeId(125),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvalResourceDecision",
                target: crate::ShapeId(309),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EvalResourceName",
                target: crate::ShapeId(352),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MatchedStatements",
                target: crate::ShapeId(395),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MissingContextValues",
                target: crate::ShapeId(36),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryDecisionDetail",
                target: crate::ShapeId(306),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResourceSpecificResultListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(353),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ResyncMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AuthenticationCode1",
                target: crate::ShapeId(461),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AuthenticationCode2",
                target: crate::ShapeId(461),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Role",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssumeRolePolicyDocument",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(583),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSessionDuration",
                target: crate::ShapeId(586),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleId",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleLastUsed",
                target: crate::ShapeId(358),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourceRoleTemplate",
                target: crate::ShapeId(393),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssumeRolePolicyDocument",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachedManagedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InstanceProfileList",
                target: crate::ShapeId(500),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleLastUsed",
                target: crate::ShapeId(358),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RolePolicyList",
                target: crate::ShapeId(551),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleLastUsed",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LastUsedDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Region",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleModifiedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(587),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "RoleModified",
            http_status: 409,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleTemplateDisabledException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(593),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "RoleTemplateDisabled",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleTemplateVersion",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AssumeRolePolicyDocumentTemplate",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateTimestamp",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "DefaultMinorVersion",
                target: crate::ShapeId(527),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Description",
                target: crate::ShapeId(592),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Enabled",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "InlinePolicyTemplates",
                target: crate::ShapeId(499),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MajorVersion",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedByType",
                target: crate::ShapeId(517),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedByValue",
                target: crate::ShapeId(518),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ManagedPolicyArns",
                target: crate::ShapeId(519),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSessionDuration",
                target: crate::ShapeId(586),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinorVersion",
                target: crate::ShapeId(527),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ParametersDefinition",
                target: crate::ShapeId(541),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionBoundaryArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleDescriptionPattern",
                target: crate::ShapeId(582),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleNamePattern",
                target: crate::ShapeId(588),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RolePathPattern",
                target: crate::ShapeId(590),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleTagsTemplate",
                target: crate::ShapeId(624),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateArn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateName",
                target: crate::ShapeId(594),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateVersionId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UpdateTimestamp",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VersionEnabled",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleUsageListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(363),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "RoleUsageType",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Region",
                target: crate::ShapeId(337),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Resources",
                target: crate::ShapeId(15),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLIssuerURLType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLKeyHashEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "IssuerURL",
                target: crate::ShapeId(364),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "KeyHashes",
                target: crate::ShapeId(207),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLKeyHashListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(365),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLMetadataDocumentType",
        kind: crate::ShapeKind::String,
        min: Some(1000),
        max: Some(10000000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLPrivateKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "KeyId",
                target: crate::ShapeId(569),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Timestamp",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLProviderListEntry",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTrustedIdentityPropagationEnabled",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ValidUntil",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLProviderListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(369),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SAMLProviderNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w._-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SSHPublicKey",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Fingerprint",
                target: crate::ShapeId(572),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SSHPublicKeyBody",
                target: crate::ShapeId(574),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SSHPublicKeyId",
                target: crate::ShapeId(573),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UploadDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SSHPublicKeyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(374),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SSHPublicKeyMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SSHPublicKeyId",
                target: crate::ShapeId(573),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UploadDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SendDelegationTokenRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "DelegationRequestId",
            target: crate::ShapeId(480),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServerCertificate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateBody",
                target: crate::ShapeId(464),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CertificateChain",
                target: crate::ShapeId(465),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateMetadata",
                target: crate::ShapeId(377),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServerCertificateMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Expiration",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateId",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UploadDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceAccessNotEnabledException",
        kind: crate::ShapeKind::Structure,
        error: Some(crate::ErrorDef {
            code: "ServiceAccessNotEnabledException",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceFailureException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(600),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "ServiceFailure",
            http_status: 500,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceLastAccessed",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "LastAuthenticated",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAuthenticatedEntity",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAuthenticatedRegion",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(602),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceNamespace",
                target: crate::ShapeId(604),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TotalAuthenticatedEntities",
                target: crate::ShapeId(502),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TrackedActionsLastAccessed",
                target: crate::ShapeId(407),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceNotSupportedException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(605),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "NotSupportedService",
            http_status: 404,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceSpecificCredential",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpirationDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceCredentialAlias",
                target: crate::ShapeId(598),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceCredentialSecret",
                target: crate::ShapeId(599),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(601),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServicePassword",
                target: crate::ShapeId(606),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceSpecificCredentialId",
                target: crate::ShapeId(607),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceUserName",
                target: crate::ShapeId(608),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceSpecificCredentialMetadata",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ExpirationDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceCredentialAlias",
                target: crate::ShapeId(598),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceName",
                target: crate::ShapeId(601),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceSpecificCredentialId",
                target: crate::ShapeId(607),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServiceUserName",
                target: crate::ShapeId(608),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServiceSpecificCredentialsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(383),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ServicesLastAccessed",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(380),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SetDefaultPolicyVersionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "VersionId",
                target: crate::ShapeId(568),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SetSecurityTokenServicePreferencesRequest",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "GlobalEndpointTokenVersion",
            target: crate::ShapeId(492),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SigningCertificate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateBody",
                target: crate::ShapeId(464),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(466),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UploadDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SimulateCustomPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ActionNames",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CallerArn",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextEntries",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OrderedOrganizationPolicyInputList",
                target: crate::ShapeId(300),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryPolicyInputList",
                target: crate::ShapeId(392),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyInputList",
                target: crate::ShapeId(392),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArns",
                target: crate::ShapeId(351),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceHandlingOption",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceOwner",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicy",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SimulatePolicyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EvaluationResults",
                target: crate::ShapeId(128),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IsTruncated",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(581),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SimulatePrincipalPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ActionNames",
                target: crate::ShapeId(10),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CallerArn",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextEntries",
                target: crate::ShapeId(34),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Marker",
                target: crate::ShapeId(521),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxItems",
                target: crate::ShapeId(522),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundaryPolicyInputList",
                target: crate::ShapeId(392),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyExclusionList",
                target: crate::ShapeId(311),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicyInputList",
                target: crate::ShapeId(392),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PolicySourceArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceArns",
                target: crate::ShapeId(351),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceHandlingOption",
                target: crate::ShapeId(350),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourceOwner",
                target: crate::ShapeId(352),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResourcePolicy",
                target: crate::ShapeId(552),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SimulationPolicyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(552),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "SourceRoleTemplate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "TemplateArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TemplateMinorVersion",
                target: crate::ShapeId(502),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Statement",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "EndPosition",
                target: crate::ShapeId(328),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourcePolicyId",
                target: crate::ShapeId(317),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SourcePolicyType",
                target: crate::ShapeId(323),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "StartPosition",
                target: crate::ShapeId(328),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "StatementListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(394),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "Tag",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(621),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(626),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SAMLProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagTemplate",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Key",
                target: crate::ShapeId(623),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Value",
                target: crate::ShapeId(625),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TagUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrackedActionLastAccessed",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ActionName",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAccessedEntity",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAccessedRegion",
                target: crate::ShapeId(613),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "LastAccessedTime",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "TrackedActionsLastAccessed",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(406),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnmodifiableEntityException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(629),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "UnmodifiableEntity",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UnrecognizedPublicKeyEncodingException",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "message",
            target: crate::ShapeId(630),
            ..crate::Member::EMPTY
        }],
        error: Some(crate::ErrorDef {
            code: "UnrecognizedPublicKeyEncoding",
            http_status: 400,
            sender_fault: true,
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagInstanceProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "InstanceProfileName",
                target: crate::ShapeId(501),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagMFADeviceRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SAMLProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UntagUserRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "TagKeys",
                target: crate::ShapeId(620),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateAccessKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AccessKeyId",
                target: crate::ShapeId(446),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateAccountPasswordPolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AllowUsersToChangePassword",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "HardExpiry",
                target: crate::ShapeId(462),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxPasswordAge",
                target: crate::ShapeId(523),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MinimumPasswordLength",
                target: crate::ShapeId(526),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordReusePrevention",
                target: crate::ShapeId(543),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireLowercaseCharacters",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireNumbers",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireSymbols",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RequireUppercaseCharacters",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateAssumeRolePolicyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "PolicyDocument",
                target: crate::ShapeId(552),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateDelegationRequestRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "DelegationRequestId",
                target: crate::ShapeId(480),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Notes",
                target: crate::ShapeId(530),
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
                name: "GroupName",
                target: crate::ShapeId(496),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewGroupName",
                target: crate::ShapeId(496),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewPath",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateLoginProfileRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Password",
                target: crate::ShapeId(544),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordResetRequired",
                target: crate::ShapeId(462),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResetMaxSigninSessionDuration",
                target: crate::ShapeId(462),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateOpenIDConnectProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveContextProvider",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveIdentityCenterInstance",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateOpenIDConnectProviderThumbprintRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "OpenIDConnectProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ThumbprintList",
                target: crate::ShapeId(627),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRoleDescriptionRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(583),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRoleDescriptionResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Role",
            target: crate::ShapeId(356),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRoleRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Description",
                target: crate::ShapeId(583),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSessionDuration",
                target: crate::ShapeId(586),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "MaxSigninSessionDuration",
                target: crate::ShapeId(524),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ResetMaxSigninSessionDuration",
                target: crate::ShapeId(462),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RoleName",
                target: crate::ShapeId(589),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateRoleResponse",
        kind: crate::ShapeKind::Structure,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSAMLProviderRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "AddPrivateKey",
                target: crate::ShapeId(571),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AssertionEncryptionMode",
                target: crate::ShapeId(457),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ContextProvider",
                target: crate::ShapeId(40),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "IdentityCenterInstanceArn",
                target: crate::ShapeId(498),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveContextProvider",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemoveIdentityCenterInstance",
                target: crate::ShapeId(463),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "RemovePrivateKey",
                target: crate::ShapeId(569),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLMetadataDocument",
                target: crate::ShapeId(367),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SAMLProviderArn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSAMLProviderResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SAMLProviderArn",
            target: crate::ShapeId(456),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSSHPublicKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SSHPublicKeyId",
                target: crate::ShapeId(573),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "NewPath",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewServerCertificateName",
                target: crate::ShapeId(597),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateServiceSpecificCredentialRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServiceSpecificCredentialId",
                target: crate::ShapeId(607),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UpdateSigningCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateId",
                target: crate::ShapeId(466),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Status",
                target: crate::ShapeId(612),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
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
                name: "NewPath",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "NewUserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadSSHPublicKeyRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "SSHPublicKeyBody",
                target: crate::ShapeId(574),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadSSHPublicKeyResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "SSHPublicKey",
            target: crate::ShapeId(372),
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadServerCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateBody",
                target: crate::ShapeId(464),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CertificateChain",
                target: crate::ShapeId(465),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PrivateKey",
                target: crate::ShapeId(571),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "ServerCertificateName",
                target: crate::ShapeId(597),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadServerCertificateResponse",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "ServerCertificateMetadata",
                target: crate::ShapeId(377),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadSigningCertificateRequest",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "CertificateBody",
                target: crate::ShapeId(464),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(491),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UploadSigningCertificateResponse",
        kind: crate::ShapeKind::Structure,
        members: &[crate::Member {
            name: "Certificate",
            target: crate::ShapeId(388),
            required: true,
            ..crate::Member::EMPTY
        }],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "User",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PasswordLastUsed",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(497),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                required: true,
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "UserDetail",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Arn",
                target: crate::ShapeId(456),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "AttachedManagedPolicies",
                target: crate::ShapeId(459),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "CreateDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "GroupList",
                target: crate::ShapeId(495),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Path",
                target: crate::ShapeId(546),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "PermissionsBoundary",
                target: crate::ShapeId(20),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserId",
                target: crate::ShapeId(497),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserName",
                target: crate::ShapeId(633),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "UserPolicyList",
                target: crate::ShapeId(551),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "VirtualMFADevice",
        kind: crate::ShapeKind::Structure,
        members: &[
            crate::Member {
                name: "Base32StringSeed",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "EnableDate",
                target: crate::ShapeId(478),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "QRCodePNG",
                target: crate::ShapeId(24),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "SerialNumber",
                target: crate::ShapeId(595),
                required: true,
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "Tags",
                target: crate::ShapeId(622),
                ..crate::Member::EMPTY
            },
            crate::Member {
                name: "User",
                target: crate::ShapeId(443),
                ..crate::Member::EMPTY
            },
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accessKeyIdType",
        kind: crate::ShapeKind::String,
        min: Some(16),
        max: Some(128),
        pattern: Some("[\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accessKeyMetadataListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(6),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accessKeySecretType",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountAliasListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(450),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountAliasType",
        kind: crate::ShapeKind::String,
        min: Some(3),
        max: Some(63),
        pattern: Some("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountIdType",
        kind: crate::ShapeKind::String,
        pattern: Some("\\d{12}"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountPropertiesMapType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(453),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(454),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountPropertyKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(50),
        pattern: Some("^[A-Za-z][A-Za-z0-9/_-]*$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "accountPropertyValueType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1024),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "allUsers",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "arnType",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "assertionEncryptionModeType",
        kind: crate::ShapeKind::String,
        enum_values: &["Required", "Allowed"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "assignmentStatusType",
        kind: crate::ShapeKind::String,
        enum_values: &["Assigned", "Unassigned", "Any"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "attachedPoliciesListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(21),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "attachmentCountType",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "authenticationCodeType",
        kind: crate::ShapeKind::String,
        min: Some(6),
        max: Some(6),
        pattern: Some("[\\d]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "booleanObjectType",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "booleanType",
        kind: crate::ShapeKind::Boolean,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "certificateBodyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(16384),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "certificateChainType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(2097152),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "certificateIdType",
        kind: crate::ShapeKind::String,
        min: Some(24),
        max: Some(128),
        pattern: Some("[\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "certificateListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(388),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "clientIDListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(469),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "clientIDType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "consoleDeepLinkType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "contextProviderSourceKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "contextProviderTargetKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "credentialAgeDays",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(36600),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "credentialReportExpiredExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "credentialReportNotPresentExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "credentialReportNotReadyExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "customSuffixType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "dateType",
        kind: crate::ShapeKind::Timestamp,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "delegationRequestDescriptionType",
        kind: crate::ShapeKind::String,
        max: Some(1000),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "delegationRequestIdType",
        kind: crate::ShapeKind::String,
        min: Some(16),
        max: Some(128),
        pattern: Some("[\\w-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "delegationRequestsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(76),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "deleteConflictMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "duplicateCertificateMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "duplicateSSHPublicKeyMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "encodingType",
        kind: crate::ShapeKind::String,
        enum_values: &["SSH", "PEM"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "entityAlreadyExistsMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "entityDetailsListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(120),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "entityListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(123),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "entityNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "entityTemporarilyUnmodifiableMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "existingUserNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "globalEndpointTokenVersion",
        kind: crate::ShapeKind::String,
        enum_values: &["v1Token", "v2Token"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "groupDetailListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(198),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "groupListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(197),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "groupNameListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(496),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "groupNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "idType",
        kind: crate::ShapeKind::String,
        min: Some(16),
        max: Some(128),
        pattern: Some("[\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "identityCenterInstanceArnType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(1224),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "inlinePolicyTemplateListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(199),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "instanceProfileListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(201),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "instanceProfileNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "integerType",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidAuthenticationCodeMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidCertificateMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidInputMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidPublicKeyMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "invalidUserTypeMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "jobIDType",
        kind: crate::ShapeKind::String,
        min: Some(36),
        max: Some(36),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "jobStatusType",
        kind: crate::ShapeKind::String,
        enum_values: &["IN_PROGRESS", "COMPLETED", "FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "keyDefinitionListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(41),
            ..crate::Member::EMPTY
        }),
        min: Some(0),
        max: Some(10),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "keyPairMismatchMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "limitExceededMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "listPolicyGrantingServiceAccessResponseListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(247),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "localeType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(12),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "malformedCertificateMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "malformedPolicyDocumentMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "managedByTypeType",
        kind: crate::ShapeKind::String,
        enum_values: &["Service"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "managedByValueType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "managedPolicyArnListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(456),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "mapStringReplacementValueEntry",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(613),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(342),
            ..crate::Member::EMPTY
        }),
        max: Some(30),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "markerType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(320),
        pattern: Some("[\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "maxItemsType",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "maxPasswordAgeType",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(1095),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "maxSigninSessionDurationType",
        kind: crate::ShapeKind::Integer,
        min: Some(3600),
        max: Some(7776000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "mfaDeviceListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(285),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "minimumPasswordLengthType",
        kind: crate::ShapeKind::Integer,
        min: Some(6),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "minorVersionType",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "nameConflictMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "noSuchEntityMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "notesType",
        kind: crate::ShapeKind::String,
        max: Some(500),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "notificationChannelType",
        kind: crate::ShapeKind::String,
        min: Some(2),
        max: Some(400),
        pattern: Some("^[a-zA-Z0-9:_.-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "openIdIdpCommunicationErrorExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "organizationsEntityPathType",
        kind: crate::ShapeKind::String,
        min: Some(19),
        max: Some(427),
        pattern: Some("^o-[0-9a-z]{10,32}\\/r-[0-9a-z]{4,32}[0-9a-z-\\/]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "organizationsPolicyIdType",
        kind: crate::ShapeKind::String,
        pattern: Some("^p-[0-9a-zA-Z_]{8,128}$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "ownerIdType",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(2048),
        pattern: Some("^[a-zA-Z0-9:/+=,.@_-]+$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parameterDefaultValueType",
        kind: crate::ShapeKind::String,
        max: Some(1024),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parameterDescriptionType",
        kind: crate::ShapeKind::String,
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parameterNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parameterSubTypeType",
        kind: crate::ShapeKind::String,
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parameterTypeType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "String",
            "StringList",
            "Number",
            "NumberList",
            "Arn",
            "ArnList",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "parametersDefinitionListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(302),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "passwordPolicyViolationMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "passwordReusePreventionType",
        kind: crate::ShapeKind::Integer,
        min: Some(1),
        max: Some(24),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "passwordType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "pathPrefixType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("\\u002F[\\u0021-\\u007F]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "pathType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "permissionCheckResultType",
        kind: crate::ShapeKind::String,
        enum_values: &["ALLOWED", "DENIED", "UNSURE"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "permissionCheckStatusType",
        kind: crate::ShapeKind::String,
        enum_values: &["COMPLETE", "IN_PROGRESS", "FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "permissionType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyDescriptionType",
        kind: crate::ShapeKind::String,
        max: Some(1000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyDetailListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(308),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyDocumentType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(131072),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyDocumentVersionListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(327),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyEvaluationErrorMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyGrantingServiceAccessListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(312),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(307),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyNameListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(558),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyNotAttachableMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyOwnerEntityType",
        kind: crate::ShapeKind::String,
        enum_values: &["USER", "ROLE", "GROUP"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyParameterListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(319),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyParameterNameType",
        kind: crate::ShapeKind::String,
        min: Some(5),
        max: Some(256),
        pattern: Some("[ -~]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyParameterValueType",
        kind: crate::ShapeKind::String,
        pattern: Some("[ -~]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyParameterValuesListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(563),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyPathType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        pattern: Some("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyScopeType",
        kind: crate::ShapeKind::String,
        enum_values: &["All", "AWS", "Local"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyType",
        kind: crate::ShapeKind::String,
        enum_values: &["INLINE", "MANAGED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "policyVersionIdType",
        kind: crate::ShapeKind::String,
        pattern: Some("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "privateKeyIdType",
        kind: crate::ShapeKind::String,
        min: Some(22),
        max: Some(64),
        pattern: Some("[A-Z0-9]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "privateKeyList",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(368),
            ..crate::Member::EMPTY
        }),
        max: Some(2),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "privateKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(16384),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "publicKeyFingerprintType",
        kind: crate::ShapeKind::String,
        min: Some(48),
        max: Some(48),
        pattern: Some("[:\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "publicKeyIdType",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(128),
        pattern: Some("[\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "publicKeyMaterialType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(16384),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "redirectUrlType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(255),
        pattern: Some("^http(s?)://[a-zA-Z0-9._/-]*(\\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "replacementValueListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(613),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(20),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "reportGenerationLimitExceededMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "requestMessageType",
        kind: crate::ShapeKind::String,
        max: Some(200),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "requestorNameType",
        kind: crate::ShapeKind::String,
        max: Some(30),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "requestorWorkflowIdType",
        kind: crate::ShapeKind::String,
        min: Some(5),
        max: Some(400),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "responseMarkerType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleDescriptionPatternType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(512),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleDescriptionType",
        kind: crate::ShapeKind::String,
        max: Some(1000),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleDetailListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(357),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(356),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleMaxSessionDurationType",
        kind: crate::ShapeKind::Integer,
        min: Some(3600),
        max: Some(43200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleModifiedMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleNamePatternType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "rolePathPatternType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(256),
        pattern: Some("/[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*/"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "rolePermissionRestrictionArnListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(456),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleTemplateDescriptionType",
        kind: crate::ShapeKind::String,
        max: Some(512),
        pattern: Some("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleTemplateDisabledMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "roleTemplateNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.\\-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serialNumberType",
        kind: crate::ShapeKind::String,
        min: Some(9),
        max: Some(256),
        pattern: Some("[\\w+=/:,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serverCertificateMetadataListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(377),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serverCertificateNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceCredentialAlias",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(200),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceCredentialSecret",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceFailureExceptionMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceName",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceNameType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceNamespaceListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(604),
            ..crate::Member::EMPTY
        }),
        min: Some(1),
        max: Some(200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceNamespaceType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\w-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceNotSupportedMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "servicePassword",
        kind: crate::ShapeKind::String,
        sensitive: true,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceSpecificCredentialId",
        kind: crate::ShapeKind::String,
        min: Some(20),
        max: Some(128),
        pattern: Some("[\\w]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "serviceUserName",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(200),
        pattern: Some("[\\w+=,.@-]*"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sessionDurationType",
        kind: crate::ShapeKind::Integer,
        min: Some(300),
        max: Some(43200),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "sortKeyType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "SERVICE_NAMESPACE_ASCENDING",
            "SERVICE_NAMESPACE_DESCENDING",
            "LAST_AUTHENTICATED_TIME_ASCENDING",
            "LAST_AUTHENTICATED_TIME_DESCENDING",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "stateType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "UNASSIGNED",
            "ASSIGNED",
            "PENDING_APPROVAL",
            "FINALIZED",
            "ACCEPTED",
            "REJECTED",
            "EXPIRED",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "statusType",
        kind: crate::ShapeKind::String,
        enum_values: &["Active", "Inactive", "Expired"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "stringType",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "subjectTypeValueType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(128),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "summaryContentType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(10000),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "summaryKeyType",
        kind: crate::ShapeKind::String,
        enum_values: &[
            "Users",
            "UsersQuota",
            "Groups",
            "GroupsQuota",
            "ServerCertificates",
            "ServerCertificatesQuota",
            "UserPolicySizeQuota",
            "GroupPolicySizeQuota",
            "GroupsPerUserQuota",
            "SigningCertificatesPerUserQuota",
            "AccessKeysPerUserQuota",
            "MFADevices",
            "MFADevicesInUse",
            "AccountMFAEnabled",
            "AccountAccessKeysPresent",
            "AccountPasswordPresent",
            "AccountSigningCertificatesPresent",
            "AttachedPoliciesPerGroupQuota",
            "AttachedPoliciesPerRoleQuota",
            "AttachedPoliciesPerUserQuota",
            "Policies",
            "PoliciesQuota",
            "PolicySizeQuota",
            "PolicyVersionsInUse",
            "PolicyVersionsInUseQuota",
            "VersionsPerPolicyQuota",
            "GlobalEndpointTokenVersion",
            "AssumeRolePolicySizeQuota",
            "InstanceProfiles",
            "InstanceProfilesQuota",
            "Providers",
            "RolePolicySizeQuota",
            "Roles",
            "RolesQuota",
        ],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "summaryMapType",
        kind: crate::ShapeKind::Map,
        key: Some(crate::Member {
            name: "key",
            target: crate::ShapeId(616),
            ..crate::Member::EMPTY
        }),
        value: Some(crate::Member {
            name: "value",
            target: crate::ShapeId(619),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "summaryStateType",
        kind: crate::ShapeKind::String,
        enum_values: &["AVAILABLE", "NOT_AVAILABLE", "NOT_SUPPORTED", "FAILED"],
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "summaryValueType",
        kind: crate::ShapeKind::Integer,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagKeyListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(621),
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
            target: crate::ShapeId(396),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagTemplateKeyType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(128),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@{}]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagTemplateListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(404),
            ..crate::Member::EMPTY
        }),
        max: Some(50),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "tagTemplateValueType",
        kind: crate::ShapeKind::String,
        min: Some(0),
        max: Some(256),
        pattern: Some("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@{}]*"),
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
        name: "thumbprintListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(628),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "thumbprintType",
        kind: crate::ShapeKind::String,
        min: Some(40),
        max: Some(40),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "unmodifiableEntityMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "unrecognizedPublicKeyEncodingMessage",
        kind: crate::ShapeKind::String,
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "userDetailListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(444),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "userListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(443),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "userNameType",
        kind: crate::ShapeKind::String,
        min: Some(1),
        max: Some(64),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "virtualMFADeviceListType",
        kind: crate::ShapeKind::List,
        member: Some(crate::Member {
            name: "member",
            target: crate::ShapeId(445),
            ..crate::Member::EMPTY
        }),
        ..crate::Shape::EMPTY
    },
    crate::Shape {
        name: "virtualMFADeviceName",
        kind: crate::ShapeKind::String,
        min: Some(1),
        pattern: Some("[\\w+=,.@-]+"),
        ..crate::Shape::EMPTY
    },
];

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptDelegationRequestRequest {
    pub delegation_request_id: ::std::string::String,
}

impl crate::ToValue for AcceptDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcceptDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessAdvisorUsageGranularityType {
    SERVICELEVEL,
    ACTIONLEVEL,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AccessAdvisorUsageGranularityType {
    pub const VALUES: &'static [&'static str] = &["SERVICE_LEVEL", "ACTION_LEVEL"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SERVICELEVEL => "SERVICE_LEVEL",
            Self::ACTIONLEVEL => "ACTION_LEVEL",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SERVICE_LEVEL" => Self::SERVICELEVEL,
            "ACTION_LEVEL" => Self::ACTIONLEVEL,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AccessAdvisorUsageGranularityType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AccessAdvisorUsageGranularityType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessDetail {
    pub entity_path: ::std::option::Option<::std::string::String>,
    pub last_authenticated_time: ::std::option::Option<crate::Timestamp>,
    pub region: ::std::option::Option<::std::string::String>,
    pub service_name: ::std::string::String,
    pub service_namespace: ::std::string::String,
    pub total_authenticated_entities: ::std::option::Option<i32>,
}

impl crate::ToValue for AccessDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.entity_path {
            m.push(("EntityPath", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_authenticated_time {
            m.push(("LastAuthenticatedTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region {
            m.push(("Region", crate::ToValue::to_value(x)));
        }
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        m.push((
            "ServiceNamespace",
            crate::ToValue::to_value(&self.service_namespace),
        ));
        if let Some(x) = &self.total_authenticated_entities {
            m.push(("TotalAuthenticatedEntities", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_path: crate::codec::optional(m, "EntityPath", crate::FromValue::from_value)?,
            last_authenticated_time: crate::codec::optional(
                m,
                "LastAuthenticatedTime",
                crate::FromValue::from_value,
            )?,
            region: crate::codec::optional(m, "Region", crate::FromValue::from_value)?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
            service_namespace: crate::codec::required(
                m,
                "ServiceNamespace",
                crate::FromValue::from_value,
            )?,
            total_authenticated_entities: crate::codec::optional(
                m,
                "TotalAuthenticatedEntities",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct AccessKey {
    pub access_key_id: ::std::string::String,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub secret_access_key: ::std::string::String,
    pub status: statusType,
    pub user_name: ::std::string::String,
}

impl ::std::fmt::Debug for AccessKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AccessKey")
            .field("access_key_id", &self.access_key_id)
            .field("create_date", &self.create_date)
            .field("secret_access_key", &"<redacted>")
            .field("status", &self.status)
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for AccessKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        m.push((
            "SecretAccessKey",
            crate::ToValue::to_value(&self.secret_access_key),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            secret_access_key: crate::codec::required(
                m,
                "SecretAccessKey",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessKeyLastUsed {
    pub last_used_date: ::std::option::Option<crate::Timestamp>,
    pub region: ::std::string::String,
    pub service_name: ::std::string::String,
}

impl crate::ToValue for AccessKeyLastUsed {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.last_used_date {
            m.push(("LastUsedDate", crate::ToValue::to_value(x)));
        }
        m.push(("Region", crate::ToValue::to_value(&self.region)));
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessKeyLastUsed {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            last_used_date: crate::codec::optional(
                m,
                "LastUsedDate",
                crate::FromValue::from_value,
            )?,
            region: crate::codec::required(m, "Region", crate::FromValue::from_value)?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessKeyMetadata {
    pub access_key_id: ::std::option::Option<::std::string::String>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub status: ::std::option::Option<statusType>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AccessKeyMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.access_key_id {
            m.push(("AccessKeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.status {
            m.push(("Status", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AccessKeyMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::optional(m, "AccessKeyId", crate::FromValue::from_value)?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            status: crate::codec::optional(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountNotManagementOrDelegatedAdministratorException {}

impl AccountNotManagementOrDelegatedAdministratorException {
    pub const CODE: &'static str = "AccountNotManagementOrDelegatedAdministratorException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for AccountNotManagementOrDelegatedAdministratorException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for AccountNotManagementOrDelegatedAdministratorException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcquireRoleRequest {
    pub replacement_values: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ReplacementValueEntry>,
    >,
    pub template_arn: ::std::string::String,
    pub template_minor_version: ::std::option::Option<i32>,
}

impl crate::ToValue for AcquireRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.replacement_values {
            m.push((
                "ReplacementValues",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("TemplateArn", crate::ToValue::to_value(&self.template_arn)));
        if let Some(x) = &self.template_minor_version {
            m.push(("TemplateMinorVersion", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcquireRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            replacement_values: crate::codec::optional(
                m,
                "ReplacementValues",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            template_arn: crate::codec::required(m, "TemplateArn", crate::FromValue::from_value)?,
            template_minor_version: crate::codec::optional(
                m,
                "TemplateMinorVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcquireRoleResponse {
    pub role: Role,
}

impl crate::ToValue for AcquireRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Role", crate::ToValue::to_value(&self.role)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AcquireRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role: crate::codec::required(m, "Role", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddClientIDToOpenIDConnectProviderRequest {
    pub client_id: ::std::string::String,
    pub open_id_connect_provider_arn: ::std::string::String,
}

impl crate::ToValue for AddClientIDToOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ClientID", crate::ToValue::to_value(&self.client_id)));
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddClientIDToOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id: crate::codec::required(m, "ClientID", crate::FromValue::from_value)?,
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddRoleToInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for AddRoleToInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddRoleToInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AddUserToGroupRequest {
    pub group_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for AddUserToGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AddUserToGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssociateDelegationRequestRequest {
    pub delegation_request_id: ::std::string::String,
}

impl crate::ToValue for AssociateDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AssociateDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachGroupPolicyRequest {
    pub group_name: ::std::string::String,
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for AttachGroupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachGroupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachRolePolicyRequest {
    pub policy_arn: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for AttachRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachUserPolicyRequest {
    pub policy_arn: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for AttachUserPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachUserPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachedPermissionsBoundary {
    pub permissions_boundary_arn: ::std::option::Option<::std::string::String>,
    pub permissions_boundary_type: ::std::option::Option<PermissionsBoundaryAttachmentType>,
}

impl crate::ToValue for AttachedPermissionsBoundary {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.permissions_boundary_arn {
            m.push(("PermissionsBoundaryArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary_type {
            m.push(("PermissionsBoundaryType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachedPermissionsBoundary {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permissions_boundary_arn: crate::codec::optional(
                m,
                "PermissionsBoundaryArn",
                crate::FromValue::from_value,
            )?,
            permissions_boundary_type: crate::codec::optional(
                m,
                "PermissionsBoundaryType",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttachedPolicy {
    pub policy_arn: ::std::option::Option<::std::string::String>,
    pub policy_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for AttachedPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.policy_arn {
            m.push(("PolicyArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_name {
            m.push(("PolicyName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for AttachedPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::optional(m, "PolicyArn", crate::FromValue::from_value)?,
            policy_name: crate::codec::optional(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AttachmentType {
    User,
    Group,
    Role,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl AttachmentType {
    pub const VALUES: &'static [&'static str] = &["user", "group", "role"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "user" => Self::User,
            "group" => Self::Group,
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for AttachmentType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for AttachmentType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallerIsNotManagementAccountException {}

impl CallerIsNotManagementAccountException {
    pub const CODE: &'static str = "CallerIsNotManagementAccountException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CallerIsNotManagementAccountException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for CallerIsNotManagementAccountException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct ChangePasswordRequest {
    pub new_password: ::std::string::String,
    pub old_password: ::std::string::String,
}

impl ::std::fmt::Debug for ChangePasswordRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChangePasswordRequest")
            .field("new_password", &"<redacted>")
            .field("old_password", &"<redacted>")
            .finish()
    }
}

impl crate::ToValue for ChangePasswordRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("NewPassword", crate::ToValue::to_value(&self.new_password)));
        m.push(("OldPassword", crate::ToValue::to_value(&self.old_password)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ChangePasswordRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            new_password: crate::codec::required(m, "NewPassword", crate::FromValue::from_value)?,
            old_password: crate::codec::required(m, "OldPassword", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConcurrentModificationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ConcurrentModificationException {
    pub const CODE: &'static str = "ConcurrentModification";
    pub const HTTP_STATUS: u16 = 409;
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
pub struct ContextEntry {
    pub context_key_name: ::std::option::Option<::std::string::String>,
    pub context_key_type: ::std::option::Option<ContextKeyTypeEnum>,
    pub context_key_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for ContextEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.context_key_name {
            m.push(("ContextKeyName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_key_type {
            m.push(("ContextKeyType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_key_values {
            m.push((
                "ContextKeyValues",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ContextEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            context_key_name: crate::codec::optional(
                m,
                "ContextKeyName",
                crate::FromValue::from_value,
            )?,
            context_key_type: crate::codec::optional(
                m,
                "ContextKeyType",
                crate::FromValue::from_value,
            )?,
            context_key_values: crate::codec::optional(
                m,
                "ContextKeyValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ContextKeyTypeEnum {
    String,
    StringList,
    Numeric,
    NumericList,
    Boolean,
    BooleanList,
    Ip,
    IpList,
    Binary,
    BinaryList,
    Date,
    DateList,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ContextKeyTypeEnum {
    pub const VALUES: &'static [&'static str] = &[
        "string",
        "stringList",
        "numeric",
        "numericList",
        "boolean",
        "booleanList",
        "ip",
        "ipList",
        "binary",
        "binaryList",
        "date",
        "dateList",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::StringList => "stringList",
            Self::Numeric => "numeric",
            Self::NumericList => "numericList",
            Self::Boolean => "boolean",
            Self::BooleanList => "booleanList",
            Self::Ip => "ip",
            Self::IpList => "ipList",
            Self::Binary => "binary",
            Self::BinaryList => "binaryList",
            Self::Date => "date",
            Self::DateList => "dateList",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "string" => Self::String,
            "stringList" => Self::StringList,
            "numeric" => Self::Numeric,
            "numericList" => Self::NumericList,
            "boolean" => Self::Boolean,
            "booleanList" => Self::BooleanList,
            "ip" => Self::Ip,
            "ipList" => Self::IpList,
            "binary" => Self::Binary,
            "binaryList" => Self::BinaryList,
            "date" => Self::Date,
            "dateList" => Self::DateList,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ContextKeyTypeEnum {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ContextKeyTypeEnum {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextProvider {
    pub key_definition_list: ::std::option::Option<::std::vec::Vec<ContextProviderKeyDefinition>>,
    pub subject_source_key: ::std::string::String,
    pub subject_type_source_key: ::std::option::Option<::std::string::String>,
    pub subject_type_value: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ContextProvider {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.key_definition_list {
            m.push((
                "KeyDefinitionList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "SubjectSourceKey",
            crate::ToValue::to_value(&self.subject_source_key),
        ));
        if let Some(x) = &self.subject_type_source_key {
            m.push(("SubjectTypeSourceKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.subject_type_value {
            m.push(("SubjectTypeValue", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ContextProvider {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key_definition_list: crate::codec::optional(
                m,
                "KeyDefinitionList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            subject_source_key: crate::codec::required(
                m,
                "SubjectSourceKey",
                crate::FromValue::from_value,
            )?,
            subject_type_source_key: crate::codec::optional(
                m,
                "SubjectTypeSourceKey",
                crate::FromValue::from_value,
            )?,
            subject_type_value: crate::codec::optional(
                m,
                "SubjectTypeValue",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContextProviderKeyDefinition {
    pub source_key: ::std::string::String,
    pub target_key: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ContextProviderKeyDefinition {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("SourceKey", crate::ToValue::to_value(&self.source_key)));
        if let Some(x) = &self.target_key {
            m.push(("TargetKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ContextProviderKeyDefinition {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            source_key: crate::codec::required(m, "SourceKey", crate::FromValue::from_value)?,
            target_key: crate::codec::optional(m, "TargetKey", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccessKeyRequest {
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateAccessKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccessKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateAccessKeyResponse {
    pub access_key: AccessKey,
}

impl crate::ToValue for CreateAccessKeyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccessKey", crate::ToValue::to_value(&self.access_key)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccessKeyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key: crate::codec::required(m, "AccessKey", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateAccountAliasRequest {
    pub account_alias: ::std::string::String,
}

impl crate::ToValue for CreateAccountAliasRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AccountAlias",
            crate::ToValue::to_value(&self.account_alias),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateAccountAliasRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_alias: crate::codec::required(m, "AccountAlias", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDelegationRequestRequest {
    pub description: ::std::string::String,
    pub notification_channel: ::std::string::String,
    pub only_send_by_owner: ::std::option::Option<bool>,
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    pub permissions: DelegationPermission,
    pub redirect_url: ::std::option::Option<::std::string::String>,
    pub request_message: ::std::option::Option<::std::string::String>,
    pub requestor_workflow_id: ::std::string::String,
    pub session_duration: i32,
}

impl crate::ToValue for CreateDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        m.push(("Description", crate::ToValue::to_value(&self.description)));
        m.push((
            "NotificationChannel",
            crate::ToValue::to_value(&self.notification_channel),
        ));
        if let Some(x) = &self.only_send_by_owner {
            m.push(("OnlySendByOwner", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_account_id {
            m.push(("OwnerAccountId", crate::ToValue::to_value(x)));
        }
        m.push(("Permissions", crate::ToValue::to_value(&self.permissions)));
        if let Some(x) = &self.redirect_url {
            m.push(("RedirectUrl", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_message {
            m.push(("RequestMessage", crate::ToValue::to_value(x)));
        }
        m.push((
            "RequestorWorkflowId",
            crate::ToValue::to_value(&self.requestor_workflow_id),
        ));
        m.push((
            "SessionDuration",
            crate::ToValue::to_value(&self.session_duration),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::required(m, "Description", crate::FromValue::from_value)?,
            notification_channel: crate::codec::required(
                m,
                "NotificationChannel",
                crate::FromValue::from_value,
            )?,
            only_send_by_owner: crate::codec::optional(
                m,
                "OnlySendByOwner",
                crate::FromValue::from_value,
            )?,
            owner_account_id: crate::codec::optional(
                m,
                "OwnerAccountId",
                crate::FromValue::from_value,
            )?,
            permissions: crate::codec::required(m, "Permissions", crate::FromValue::from_value)?,
            redirect_url: crate::codec::optional(m, "RedirectUrl", crate::FromValue::from_value)?,
            request_message: crate::codec::optional(
                m,
                "RequestMessage",
                crate::FromValue::from_value,
            )?,
            requestor_workflow_id: crate::codec::required(
                m,
                "RequestorWorkflowId",
                crate::FromValue::from_value,
            )?,
            session_duration: crate::codec::required(
                m,
                "SessionDuration",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateDelegationRequestResponse {
    pub console_deep_link: ::std::option::Option<::std::string::String>,
    pub delegation_request_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateDelegationRequestResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.console_deep_link {
            m.push(("ConsoleDeepLink", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delegation_request_id {
            m.push(("DelegationRequestId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateDelegationRequestResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            console_deep_link: crate::codec::optional(
                m,
                "ConsoleDeepLink",
                crate::FromValue::from_value,
            )?,
            delegation_request_id: crate::codec::optional(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupRequest {
    pub group_name: ::std::string::String,
    pub path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateGroupResponse {
    pub group: Group,
}

impl crate::ToValue for CreateGroupResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Group", crate::ToValue::to_value(&self.group)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group: crate::codec::required(m, "Group", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
    pub path: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateInstanceProfileResponse {
    pub instance_profile: InstanceProfile,
}

impl crate::ToValue for CreateInstanceProfileResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "InstanceProfile",
            crate::ToValue::to_value(&self.instance_profile),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateInstanceProfileResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile: crate::codec::required(
                m,
                "InstanceProfile",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateLoginProfileRequest {
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub password: ::std::option::Option<::std::string::String>,
    pub password_reset_required: ::std::option::Option<bool>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl ::std::fmt::Debug for CreateLoginProfileRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateLoginProfileRequest")
            .field(
                "max_signin_session_duration",
                &self.max_signin_session_duration,
            )
            .field("password", &"<redacted>")
            .field("password_reset_required", &self.password_reset_required)
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for CreateLoginProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password {
            m.push(("Password", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password_reset_required {
            m.push(("PasswordResetRequired", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateLoginProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            password: crate::codec::optional(m, "Password", crate::FromValue::from_value)?,
            password_reset_required: crate::codec::optional(
                m,
                "PasswordResetRequired",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateLoginProfileResponse {
    pub login_profile: LoginProfile,
}

impl crate::ToValue for CreateLoginProfileResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "LoginProfile",
            crate::ToValue::to_value(&self.login_profile),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateLoginProfileResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            login_profile: crate::codec::required(m, "LoginProfile", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOpenIDConnectProviderRequest {
    pub client_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub thumbprint_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub url: ::std::string::String,
}

impl crate::ToValue for CreateOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.client_id_list {
            m.push((
                "ClientIDList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.thumbprint_list {
            m.push((
                "ThumbprintList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("Url", crate::ToValue::to_value(&self.url)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id_list: crate::codec::optional(m, "ClientIDList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            thumbprint_list: crate::codec::optional(m, "ThumbprintList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            url: crate::codec::required(m, "Url", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOpenIDConnectProviderResponse {
    pub open_id_connect_provider_arn: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateOpenIDConnectProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.open_id_connect_provider_arn {
            m.push(("OpenIDConnectProviderArn", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateOpenIDConnectProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::optional(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub path: ::std::option::Option<::std::string::String>,
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreatePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
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
pub struct CreatePolicyVersionRequest {
    pub policy_arn: ::std::string::String,
    pub policy_document: ::std::string::String,
    pub set_as_default: ::std::option::Option<bool>,
}

impl crate::ToValue for CreatePolicyVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        if let Some(x) = &self.set_as_default {
            m.push(("SetAsDefault", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePolicyVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            set_as_default: crate::codec::optional(
                m,
                "SetAsDefault",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreatePolicyVersionResponse {
    pub policy_version: ::std::option::Option<PolicyVersion>,
}

impl crate::ToValue for CreatePolicyVersionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy_version {
            m.push(("PolicyVersion", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreatePolicyVersionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_version: crate::codec::optional(
                m,
                "PolicyVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRoleRequest {
    pub assume_role_policy_document: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub max_session_duration: ::std::option::Option<i32>,
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary: ::std::option::Option<::std::string::String>,
    pub role_name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        m.push((
            "AssumeRolePolicyDocument",
            crate::ToValue::to_value(&self.assume_role_policy_document),
        ));
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_session_duration {
            m.push(("MaxSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assume_role_policy_document: crate::codec::required(
                m,
                "AssumeRolePolicyDocument",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            max_session_duration: crate::codec::optional(
                m,
                "MaxSessionDuration",
                crate::FromValue::from_value,
            )?,
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateRoleResponse {
    pub role: Role,
}

impl crate::ToValue for CreateRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Role", crate::ToValue::to_value(&self.role)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role: crate::codec::required(m, "Role", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct CreateSAMLProviderRequest {
    pub add_private_key: ::std::option::Option<::std::string::String>,
    pub assertion_encryption_mode: ::std::option::Option<assertionEncryptionModeType>,
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub saml_metadata_document: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl ::std::fmt::Debug for CreateSAMLProviderRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSAMLProviderRequest")
            .field("add_private_key", &"<redacted>")
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("context_provider", &self.context_provider)
            .field(
                "identity_center_instance_arn",
                &self.identity_center_instance_arn,
            )
            .field("name", &self.name)
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("tags", &self.tags)
            .finish()
    }
}

impl crate::ToValue for CreateSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.add_private_key {
            m.push(("AddPrivateKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.assertion_encryption_mode {
            m.push(("AssertionEncryptionMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        m.push((
            "SAMLMetadataDocument",
            crate::ToValue::to_value(&self.saml_metadata_document),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            add_private_key: crate::codec::optional(
                m,
                "AddPrivateKey",
                crate::FromValue::from_value,
            )?,
            assertion_encryption_mode: crate::codec::optional(
                m,
                "AssertionEncryptionMode",
                crate::FromValue::from_value,
            )?,
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            saml_metadata_document: crate::codec::required(
                m,
                "SAMLMetadataDocument",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSAMLProviderResponse {
    pub saml_provider_arn: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for CreateSAMLProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.saml_provider_arn {
            m.push(("SAMLProviderArn", crate::ToValue::to_value(x)));
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

impl crate::FromValue for CreateSAMLProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::optional(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceLinkedRoleRequest {
    pub aws_service_name: ::std::string::String,
    pub custom_suffix: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for CreateServiceLinkedRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AWSServiceName",
            crate::ToValue::to_value(&self.aws_service_name),
        ));
        if let Some(x) = &self.custom_suffix {
            m.push(("CustomSuffix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateServiceLinkedRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            aws_service_name: crate::codec::required(
                m,
                "AWSServiceName",
                crate::FromValue::from_value,
            )?,
            custom_suffix: crate::codec::optional(m, "CustomSuffix", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceLinkedRoleResponse {
    pub role: ::std::option::Option<Role>,
}

impl crate::ToValue for CreateServiceLinkedRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.role {
            m.push(("Role", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateServiceLinkedRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role: crate::codec::optional(m, "Role", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceSpecificCredentialRequest {
    pub credential_age_days: ::std::option::Option<i32>,
    pub service_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for CreateServiceSpecificCredentialRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.credential_age_days {
            m.push(("CredentialAgeDays", crate::ToValue::to_value(x)));
        }
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateServiceSpecificCredentialRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            credential_age_days: crate::codec::optional(
                m,
                "CredentialAgeDays",
                crate::FromValue::from_value,
            )?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServiceSpecificCredentialResponse {
    pub service_specific_credential: ::std::option::Option<ServiceSpecificCredential>,
}

impl crate::ToValue for CreateServiceSpecificCredentialResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.service_specific_credential {
            m.push(("ServiceSpecificCredential", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateServiceSpecificCredentialResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_specific_credential: crate::codec::optional(
                m,
                "ServiceSpecificCredential",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserRequest {
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for CreateUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateUserResponse {
    pub user: ::std::option::Option<User>,
}

impl crate::ToValue for CreateUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user {
            m.push(("User", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user: crate::codec::optional(m, "User", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVirtualMFADeviceRequest {
    pub path: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub virtual_mfa_device_name: ::std::string::String,
}

impl crate::ToValue for CreateVirtualMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "VirtualMFADeviceName",
            crate::ToValue::to_value(&self.virtual_mfa_device_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateVirtualMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            virtual_mfa_device_name: crate::codec::required(
                m,
                "VirtualMFADeviceName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateVirtualMFADeviceResponse {
    pub virtual_mfa_device: VirtualMFADevice,
}

impl crate::ToValue for CreateVirtualMFADeviceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "VirtualMFADevice",
            crate::ToValue::to_value(&self.virtual_mfa_device),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CreateVirtualMFADeviceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            virtual_mfa_device: crate::codec::required(
                m,
                "VirtualMFADevice",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialReportExpiredException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl CredentialReportExpiredException {
    pub const CODE: &'static str = "ReportExpired";
    pub const HTTP_STATUS: u16 = 410;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CredentialReportExpiredException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CredentialReportExpiredException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialReportNotPresentException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl CredentialReportNotPresentException {
    pub const CODE: &'static str = "ReportNotPresent";
    pub const HTTP_STATUS: u16 = 410;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CredentialReportNotPresentException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CredentialReportNotPresentException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CredentialReportNotReadyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl CredentialReportNotReadyException {
    pub const CODE: &'static str = "ReportInProgress";
    pub const HTTP_STATUS: u16 = 404;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for CredentialReportNotReadyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for CredentialReportNotReadyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeactivateMFADeviceRequest {
    pub serial_number: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeactivateMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeactivateMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegationPermission {
    pub parameters: ::std::option::Option<::std::vec::Vec<PolicyParameter>>,
    pub policy_template_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DelegationPermission {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.parameters {
            m.push((
                "Parameters",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.policy_template_arn {
            m.push(("PolicyTemplateArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DelegationPermission {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            parameters: crate::codec::optional(m, "Parameters", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            policy_template_arn: crate::codec::optional(
                m,
                "PolicyTemplateArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DelegationRequest {
    pub approver_id: ::std::option::Option<::std::string::String>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub delegation_request_id: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub expiration_time: ::std::option::Option<crate::Timestamp>,
    pub notes: ::std::option::Option<::std::string::String>,
    pub only_send_by_owner: ::std::option::Option<bool>,
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    pub owner_id: ::std::option::Option<::std::string::String>,
    pub permission_policy: ::std::option::Option<::std::string::String>,
    pub permissions: ::std::option::Option<DelegationPermission>,
    pub redirect_url: ::std::option::Option<::std::string::String>,
    pub rejection_reason: ::std::option::Option<::std::string::String>,
    pub request_message: ::std::option::Option<::std::string::String>,
    pub requestor_id: ::std::option::Option<::std::string::String>,
    pub requestor_name: ::std::option::Option<::std::string::String>,
    pub role_permission_restriction_arns:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub session_duration: ::std::option::Option<i32>,
    pub state: ::std::option::Option<stateType>,
    pub updated_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for DelegationRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(20);
        if let Some(x) = &self.approver_id {
            m.push(("ApproverId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.delegation_request_id {
            m.push(("DelegationRequestId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expiration_time {
            m.push(("ExpirationTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.notes {
            m.push(("Notes", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.only_send_by_owner {
            m.push(("OnlySendByOwner", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_account_id {
            m.push(("OwnerAccountId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_id {
            m.push(("OwnerId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_policy {
            m.push(("PermissionPolicy", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions {
            m.push(("Permissions", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.redirect_url {
            m.push(("RedirectUrl", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.rejection_reason {
            m.push(("RejectionReason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.request_message {
            m.push(("RequestMessage", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.requestor_id {
            m.push(("RequestorId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.requestor_name {
            m.push(("RequestorName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_permission_restriction_arns {
            m.push((
                "RolePermissionRestrictionArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.session_duration {
            m.push(("SessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.updated_time {
            m.push(("UpdatedTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DelegationRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            approver_id: crate::codec::optional(m, "ApproverId", crate::FromValue::from_value)?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            delegation_request_id: crate::codec::optional(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            expiration_time: crate::codec::optional(
                m,
                "ExpirationTime",
                crate::FromValue::from_value,
            )?,
            notes: crate::codec::optional(m, "Notes", crate::FromValue::from_value)?,
            only_send_by_owner: crate::codec::optional(
                m,
                "OnlySendByOwner",
                crate::FromValue::from_value,
            )?,
            owner_account_id: crate::codec::optional(
                m,
                "OwnerAccountId",
                crate::FromValue::from_value,
            )?,
            owner_id: crate::codec::optional(m, "OwnerId", crate::FromValue::from_value)?,
            permission_policy: crate::codec::optional(
                m,
                "PermissionPolicy",
                crate::FromValue::from_value,
            )?,
            permissions: crate::codec::optional(m, "Permissions", crate::FromValue::from_value)?,
            redirect_url: crate::codec::optional(m, "RedirectUrl", crate::FromValue::from_value)?,
            rejection_reason: crate::codec::optional(
                m,
                "RejectionReason",
                crate::FromValue::from_value,
            )?,
            request_message: crate::codec::optional(
                m,
                "RequestMessage",
                crate::FromValue::from_value,
            )?,
            requestor_id: crate::codec::optional(m, "RequestorId", crate::FromValue::from_value)?,
            requestor_name: crate::codec::optional(
                m,
                "RequestorName",
                crate::FromValue::from_value,
            )?,
            role_permission_restriction_arns: crate::codec::optional(
                m,
                "RolePermissionRestrictionArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            session_duration: crate::codec::optional(
                m,
                "SessionDuration",
                crate::FromValue::from_value,
            )?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
            updated_time: crate::codec::optional(m, "UpdatedTime", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAccessKeyRequest {
    pub access_key_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteAccessKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAccessKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteAccountAliasRequest {
    pub account_alias: ::std::string::String,
}

impl crate::ToValue for DeleteAccountAliasRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "AccountAlias",
            crate::ToValue::to_value(&self.account_alias),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteAccountAliasRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_alias: crate::codec::required(m, "AccountAlias", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteConflictException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DeleteConflictException {
    pub const CODE: &'static str = "DeleteConflict";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DeleteConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupPolicyRequest {
    pub group_name: ::std::string::String,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for DeleteGroupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteGroupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteGroupRequest {
    pub group_name: ::std::string::String,
}

impl crate::ToValue for DeleteGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
}

impl crate::ToValue for DeleteInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteLoginProfileRequest {
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteLoginProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteLoginProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteOpenIDConnectProviderRequest {
    pub open_id_connect_provider_arn: ::std::string::String,
}

impl crate::ToValue for DeleteOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyRequest {
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for DeletePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletePolicyVersionRequest {
    pub policy_arn: ::std::string::String,
    pub version_id: ::std::string::String,
}

impl crate::ToValue for DeletePolicyVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("VersionId", crate::ToValue::to_value(&self.version_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletePolicyVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            version_id: crate::codec::required(m, "VersionId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRolePermissionsBoundaryRequest {
    pub role_name: ::std::string::String,
}

impl crate::ToValue for DeleteRolePermissionsBoundaryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteRolePermissionsBoundaryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRolePolicyRequest {
    pub policy_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for DeleteRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteRoleRequest {
    pub role_name: ::std::string::String,
}

impl crate::ToValue for DeleteRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSAMLProviderRequest {
    pub saml_provider_arn: ::std::string::String,
}

impl crate::ToValue for DeleteSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSSHPublicKeyRequest {
    pub ssh_public_key_id: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for DeleteSSHPublicKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SSHPublicKeyId",
            crate::ToValue::to_value(&self.ssh_public_key_id),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSSHPublicKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key_id: crate::codec::required(
                m,
                "SSHPublicKeyId",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServerCertificateRequest {
    pub server_certificate_name: ::std::string::String,
}

impl crate::ToValue for DeleteServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceLinkedRoleRequest {
    pub role_name: ::std::string::String,
}

impl crate::ToValue for DeleteServiceLinkedRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteServiceLinkedRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceLinkedRoleResponse {
    pub deletion_task_id: ::std::string::String,
}

impl crate::ToValue for DeleteServiceLinkedRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DeletionTaskId",
            crate::ToValue::to_value(&self.deletion_task_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteServiceLinkedRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            deletion_task_id: crate::codec::required(
                m,
                "DeletionTaskId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteServiceSpecificCredentialRequest {
    pub service_specific_credential_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteServiceSpecificCredentialRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ServiceSpecificCredentialId",
            crate::ToValue::to_value(&self.service_specific_credential_id),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteServiceSpecificCredentialRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_specific_credential_id: crate::codec::required(
                m,
                "ServiceSpecificCredentialId",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteSigningCertificateRequest {
    pub certificate_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DeleteSigningCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "CertificateId",
            crate::ToValue::to_value(&self.certificate_id),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteSigningCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::required(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserPermissionsBoundaryRequest {
    pub user_name: ::std::string::String,
}

impl crate::ToValue for DeleteUserPermissionsBoundaryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteUserPermissionsBoundaryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserPolicyRequest {
    pub policy_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for DeleteUserPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteUserPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteUserRequest {
    pub user_name: ::std::string::String,
}

impl crate::ToValue for DeleteUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeleteVirtualMFADeviceRequest {
    pub serial_number: ::std::string::String,
}

impl crate::ToValue for DeleteVirtualMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeleteVirtualMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeletionTaskFailureReasonType {
    pub reason: ::std::option::Option<::std::string::String>,
    pub role_usage_list: ::std::option::Option<::std::vec::Vec<RoleUsageType>>,
}

impl crate::ToValue for DeletionTaskFailureReasonType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_usage_list {
            m.push((
                "RoleUsageList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DeletionTaskFailureReasonType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            role_usage_list: crate::codec::optional(m, "RoleUsageList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeletionTaskStatusType {
    SUCCEEDED,
    INPROGRESS,
    FAILED,
    NOTSTARTED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl DeletionTaskStatusType {
    pub const VALUES: &'static [&'static str] =
        &["SUCCEEDED", "IN_PROGRESS", "FAILED", "NOT_STARTED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SUCCEEDED => "SUCCEEDED",
            Self::INPROGRESS => "IN_PROGRESS",
            Self::FAILED => "FAILED",
            Self::NOTSTARTED => "NOT_STARTED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SUCCEEDED" => Self::SUCCEEDED,
            "IN_PROGRESS" => Self::INPROGRESS,
            "FAILED" => Self::FAILED,
            "NOT_STARTED" => Self::NOTSTARTED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for DeletionTaskStatusType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for DeletionTaskStatusType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachGroupPolicyRequest {
    pub group_name: ::std::string::String,
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for DetachGroupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachGroupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachRolePolicyRequest {
    pub policy_arn: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for DetachRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DetachUserPolicyRequest {
    pub policy_arn: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for DetachUserPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DetachUserPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementRequest {}

impl crate::ToValue for DisableOrganizationsRootCredentialsManagementRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableOrganizationsRootCredentialsManagementRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootCredentialsManagementResponse {
    pub enabled_features: ::std::option::Option<::std::vec::Vec<FeatureType>>,
    pub organization_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DisableOrganizationsRootCredentialsManagementResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_features {
            m.push((
                "EnabledFeatures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organization_id {
            m.push(("OrganizationId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableOrganizationsRootCredentialsManagementResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_features: crate::codec::optional(m, "EnabledFeatures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            organization_id: crate::codec::optional(
                m,
                "OrganizationId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootSessionsRequest {}

impl crate::ToValue for DisableOrganizationsRootSessionsRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for DisableOrganizationsRootSessionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisableOrganizationsRootSessionsResponse {
    pub enabled_features: ::std::option::Option<::std::vec::Vec<FeatureType>>,
    pub organization_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for DisableOrganizationsRootSessionsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_features {
            m.push((
                "EnabledFeatures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organization_id {
            m.push(("OrganizationId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DisableOrganizationsRootSessionsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_features: crate::codec::optional(m, "EnabledFeatures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            organization_id: crate::codec::optional(
                m,
                "OrganizationId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicateCertificateException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicateCertificateException {
    pub const CODE: &'static str = "DuplicateCertificate";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicateCertificateException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicateCertificateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DuplicateSSHPublicKeyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl DuplicateSSHPublicKeyException {
    pub const CODE: &'static str = "DuplicateSSHPublicKey";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for DuplicateSSHPublicKeyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for DuplicateSSHPublicKeyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableMFADeviceRequest {
    pub authentication_code1: ::std::string::String,
    pub authentication_code2: ::std::string::String,
    pub serial_number: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for EnableMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "AuthenticationCode1",
            crate::ToValue::to_value(&self.authentication_code1),
        ));
        m.push((
            "AuthenticationCode2",
            crate::ToValue::to_value(&self.authentication_code2),
        ));
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_code1: crate::codec::required(
                m,
                "AuthenticationCode1",
                crate::FromValue::from_value,
            )?,
            authentication_code2: crate::codec::required(
                m,
                "AuthenticationCode2",
                crate::FromValue::from_value,
            )?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementRequest {}

impl crate::ToValue for EnableOrganizationsRootCredentialsManagementRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableOrganizationsRootCredentialsManagementRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootCredentialsManagementResponse {
    pub enabled_features: ::std::option::Option<::std::vec::Vec<FeatureType>>,
    pub organization_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EnableOrganizationsRootCredentialsManagementResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_features {
            m.push((
                "EnabledFeatures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organization_id {
            m.push(("OrganizationId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableOrganizationsRootCredentialsManagementResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_features: crate::codec::optional(m, "EnabledFeatures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            organization_id: crate::codec::optional(
                m,
                "OrganizationId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootSessionsRequest {}

impl crate::ToValue for EnableOrganizationsRootSessionsRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for EnableOrganizationsRootSessionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOrganizationsRootSessionsResponse {
    pub enabled_features: ::std::option::Option<::std::vec::Vec<FeatureType>>,
    pub organization_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EnableOrganizationsRootSessionsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_features {
            m.push((
                "EnabledFeatures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organization_id {
            m.push(("OrganizationId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableOrganizationsRootSessionsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_features: crate::codec::optional(m, "EnabledFeatures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            organization_id: crate::codec::optional(
                m,
                "OrganizationId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnableOutboundWebIdentityFederationResponse {
    pub issuer_identifier: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for EnableOutboundWebIdentityFederationResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.issuer_identifier {
            m.push(("IssuerIdentifier", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EnableOutboundWebIdentityFederationResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            issuer_identifier: crate::codec::optional(
                m,
                "IssuerIdentifier",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityAlreadyExistsException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl EntityAlreadyExistsException {
    pub const CODE: &'static str = "EntityAlreadyExists";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EntityAlreadyExistsException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EntityAlreadyExistsException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EntityDetails {
    pub entity_info: EntityInfo,
    pub last_authenticated: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for EntityDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("EntityInfo", crate::ToValue::to_value(&self.entity_info)));
        if let Some(x) = &self.last_authenticated {
            m.push(("LastAuthenticated", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EntityDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_info: crate::codec::required(m, "EntityInfo", crate::FromValue::from_value)?,
            last_authenticated: crate::codec::optional(
                m,
                "LastAuthenticated",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EntityInfo {
    pub arn: ::std::string::String,
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    pub path: ::std::option::Option<::std::string::String>,
    pub r#type: policyOwnerEntityType,
}

impl crate::ToValue for EntityInfo {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push(("Id", crate::ToValue::to_value(&self.id)));
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EntityInfo {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            id: crate::codec::required(m, "Id", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntityTemporarilyUnmodifiableException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl EntityTemporarilyUnmodifiableException {
    pub const CODE: &'static str = "EntityTemporarilyUnmodifiable";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for EntityTemporarilyUnmodifiableException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EntityTemporarilyUnmodifiableException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EntityType {
    User,
    Role,
    Group,
    LocalManagedPolicy,
    AWSManagedPolicy,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl EntityType {
    pub const VALUES: &'static [&'static str] = &[
        "User",
        "Role",
        "Group",
        "LocalManagedPolicy",
        "AWSManagedPolicy",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "User",
            Self::Role => "Role",
            Self::Group => "Group",
            Self::LocalManagedPolicy => "LocalManagedPolicy",
            Self::AWSManagedPolicy => "AWSManagedPolicy",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "User" => Self::User,
            "Role" => Self::Role,
            "Group" => Self::Group,
            "LocalManagedPolicy" => Self::LocalManagedPolicy,
            "AWSManagedPolicy" => Self::AWSManagedPolicy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for EntityType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for EntityType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetails {
    pub code: ::std::string::String,
    pub message: ::std::string::String,
}

impl crate::ToValue for ErrorDetails {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Code", crate::ToValue::to_value(&self.code)));
        m.push(("Message", crate::ToValue::to_value(&self.message)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ErrorDetails {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            code: crate::codec::required(m, "Code", crate::FromValue::from_value)?,
            message: crate::codec::required(m, "Message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationResult {
    pub eval_action_name: ::std::string::String,
    pub eval_decision: PolicyEvaluationDecisionType,
    pub eval_decision_details: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, PolicyEvaluationDecisionType>,
    >,
    pub eval_resource_name: ::std::option::Option<::std::string::String>,
    pub matched_statements: ::std::option::Option<::std::vec::Vec<Statement>>,
    pub missing_context_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub organizations_decision_detail: ::std::option::Option<OrganizationsDecisionDetail>,
    pub permissions_boundary_decision_detail:
        ::std::option::Option<PermissionsBoundaryDecisionDetail>,
    pub resource_specific_results: ::std::option::Option<::std::vec::Vec<ResourceSpecificResult>>,
}

impl crate::ToValue for EvaluationResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        m.push((
            "EvalActionName",
            crate::ToValue::to_value(&self.eval_action_name),
        ));
        m.push((
            "EvalDecision",
            crate::ToValue::to_value(&self.eval_decision),
        ));
        if let Some(x) = &self.eval_decision_details {
            m.push((
                "EvalDecisionDetails",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.eval_resource_name {
            m.push(("EvalResourceName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.matched_statements {
            m.push((
                "MatchedStatements",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.missing_context_values {
            m.push((
                "MissingContextValues",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organizations_decision_detail {
            m.push(("OrganizationsDecisionDetail", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary_decision_detail {
            m.push((
                "PermissionsBoundaryDecisionDetail",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.resource_specific_results {
            m.push((
                "ResourceSpecificResults",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for EvaluationResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            eval_action_name: crate::codec::required(
                m,
                "EvalActionName",
                crate::FromValue::from_value,
            )?,
            eval_decision: crate::codec::required(m, "EvalDecision", crate::FromValue::from_value)?,
            eval_decision_details: crate::codec::optional(
                m,
                "EvalDecisionDetails",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            eval_resource_name: crate::codec::optional(
                m,
                "EvalResourceName",
                crate::FromValue::from_value,
            )?,
            matched_statements: crate::codec::optional(
                m,
                "MatchedStatements",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            missing_context_values: crate::codec::optional(
                m,
                "MissingContextValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            organizations_decision_detail: crate::codec::optional(
                m,
                "OrganizationsDecisionDetail",
                crate::FromValue::from_value,
            )?,
            permissions_boundary_decision_detail: crate::codec::optional(
                m,
                "PermissionsBoundaryDecisionDetail",
                crate::FromValue::from_value,
            )?,
            resource_specific_results: crate::codec::optional(
                m,
                "ResourceSpecificResults",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeatureDisabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FeatureDisabledException {
    pub const CODE: &'static str = "FeatureDisabled";
    pub const HTTP_STATUS: u16 = 404;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FeatureDisabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FeatureDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeatureEnabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl FeatureEnabledException {
    pub const CODE: &'static str = "FeatureEnabled";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for FeatureEnabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for FeatureEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FeatureType {
    RootCredentialsManagement,
    RootSessions,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl FeatureType {
    pub const VALUES: &'static [&'static str] = &["RootCredentialsManagement", "RootSessions"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::RootCredentialsManagement => "RootCredentialsManagement",
            Self::RootSessions => "RootSessions",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "RootCredentialsManagement" => Self::RootCredentialsManagement,
            "RootSessions" => Self::RootSessions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for FeatureType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for FeatureType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateCredentialReportResponse {
    pub description: ::std::option::Option<::std::string::String>,
    pub state: ::std::option::Option<ReportStateType>,
}

impl crate::ToValue for GenerateCredentialReportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.state {
            m.push(("State", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateCredentialReportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            state: crate::codec::optional(m, "State", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateOrganizationsAccessReportRequest {
    pub entity_path: ::std::string::String,
    pub organizations_policy_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GenerateOrganizationsAccessReportRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("EntityPath", crate::ToValue::to_value(&self.entity_path)));
        if let Some(x) = &self.organizations_policy_id {
            m.push(("OrganizationsPolicyId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateOrganizationsAccessReportRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_path: crate::codec::required(m, "EntityPath", crate::FromValue::from_value)?,
            organizations_policy_id: crate::codec::optional(
                m,
                "OrganizationsPolicyId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateOrganizationsAccessReportResponse {
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GenerateOrganizationsAccessReportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.job_id {
            m.push(("JobId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateOrganizationsAccessReportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            job_id: crate::codec::optional(m, "JobId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateServiceLastAccessedDetailsRequest {
    pub arn: ::std::string::String,
    pub granularity: ::std::option::Option<AccessAdvisorUsageGranularityType>,
}

impl crate::ToValue for GenerateServiceLastAccessedDetailsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        if let Some(x) = &self.granularity {
            m.push(("Granularity", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateServiceLastAccessedDetailsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            granularity: crate::codec::optional(m, "Granularity", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GenerateServiceLastAccessedDetailsResponse {
    pub job_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GenerateServiceLastAccessedDetailsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.job_id {
            m.push(("JobId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GenerateServiceLastAccessedDetailsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            job_id: crate::codec::optional(m, "JobId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyLastUsedRequest {
    pub access_key_id: ::std::string::String,
}

impl crate::ToValue for GetAccessKeyLastUsedRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccessKeyLastUsedRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccessKeyLastUsedResponse {
    pub access_key_last_used: ::std::option::Option<AccessKeyLastUsed>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetAccessKeyLastUsedResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.access_key_last_used {
            m.push(("AccessKeyLastUsed", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccessKeyLastUsedResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_last_used: crate::codec::optional(
                m,
                "AccessKeyLastUsed",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountAuthorizationDetailsRequest {
    pub filter: ::std::option::Option<::std::vec::Vec<EntityType>>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for GetAccountAuthorizationDetailsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.filter {
            m.push((
                "Filter",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccountAuthorizationDetailsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            filter: crate::codec::optional(m, "Filter", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountAuthorizationDetailsResponse {
    pub group_detail_list: ::std::option::Option<::std::vec::Vec<GroupDetail>>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policies: ::std::option::Option<::std::vec::Vec<ManagedPolicyDetail>>,
    pub role_detail_list: ::std::option::Option<::std::vec::Vec<RoleDetail>>,
    pub user_detail_list: ::std::option::Option<::std::vec::Vec<UserDetail>>,
}

impl crate::ToValue for GetAccountAuthorizationDetailsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.group_detail_list {
            m.push((
                "GroupDetailList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policies {
            m.push((
                "Policies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.role_detail_list {
            m.push((
                "RoleDetailList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.user_detail_list {
            m.push((
                "UserDetailList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccountAuthorizationDetailsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_detail_list: crate::codec::optional(
                m,
                "GroupDetailList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            role_detail_list: crate::codec::optional(m, "RoleDetailList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_detail_list: crate::codec::optional(m, "UserDetailList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPasswordPolicyResponse {
    pub password_policy: PasswordPolicy,
}

impl crate::ToValue for GetAccountPasswordPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "PasswordPolicy",
            crate::ToValue::to_value(&self.password_policy),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccountPasswordPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            password_policy: crate::codec::required(
                m,
                "PasswordPolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPropertiesRequest {}

impl crate::ToValue for GetAccountPropertiesRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for GetAccountPropertiesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountPropertiesResponse {
    pub properties: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
}

impl crate::ToValue for GetAccountPropertiesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.properties {
            m.push((
                "Properties",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccountPropertiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            properties: crate::codec::optional(m, "Properties", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetAccountSummaryResponse {
    pub summary_map:
        ::std::option::Option<::std::collections::BTreeMap<::std::string::String, i32>>,
}

impl crate::ToValue for GetAccountSummaryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.summary_map {
            m.push((
                "SummaryMap",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetAccountSummaryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            summary_map: crate::codec::optional(m, "SummaryMap", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForCustomPolicyRequest {
    pub policy_input_list: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for GetContextKeysForCustomPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "PolicyInputList",
            crate::codec::list_to_value(&self.policy_input_list, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetContextKeysForCustomPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_input_list: crate::codec::required(
                m,
                "PolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForPolicyResponse {
    pub context_key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for GetContextKeysForPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.context_key_names {
            m.push((
                "ContextKeyNames",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetContextKeysForPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            context_key_names: crate::codec::optional(
                m,
                "ContextKeyNames",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetContextKeysForPrincipalPolicyRequest {
    pub policy_input_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub policy_source_arn: ::std::string::String,
}

impl crate::ToValue for GetContextKeysForPrincipalPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.policy_input_list {
            m.push((
                "PolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "PolicySourceArn",
            crate::ToValue::to_value(&self.policy_source_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetContextKeysForPrincipalPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_input_list: crate::codec::optional(
                m,
                "PolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            policy_source_arn: crate::codec::required(
                m,
                "PolicySourceArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetCredentialReportResponse {
    pub content: ::std::option::Option<::std::vec::Vec<u8>>,
    pub generated_time: ::std::option::Option<crate::Timestamp>,
    pub report_format: ::std::option::Option<ReportFormatType>,
}

impl crate::ToValue for GetCredentialReportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.content {
            m.push(("Content", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.generated_time {
            m.push(("GeneratedTime", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.report_format {
            m.push(("ReportFormat", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetCredentialReportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            content: crate::codec::optional(m, "Content", crate::FromValue::from_value)?,
            generated_time: crate::codec::optional(
                m,
                "GeneratedTime",
                crate::FromValue::from_value,
            )?,
            report_format: crate::codec::optional(m, "ReportFormat", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegationRequestRequest {
    pub delegation_permission_check: ::std::option::Option<bool>,
    pub delegation_request_id: ::std::string::String,
}

impl crate::ToValue for GetDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.delegation_permission_check {
            m.push(("DelegationPermissionCheck", crate::ToValue::to_value(x)));
        }
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_permission_check: crate::codec::optional(
                m,
                "DelegationPermissionCheck",
                crate::FromValue::from_value,
            )?,
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetDelegationRequestResponse {
    pub delegation_request: ::std::option::Option<DelegationRequest>,
    pub permission_check_result: ::std::option::Option<permissionCheckResultType>,
    pub permission_check_status: ::std::option::Option<permissionCheckStatusType>,
}

impl crate::ToValue for GetDelegationRequestResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.delegation_request {
            m.push(("DelegationRequest", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_check_result {
            m.push(("PermissionCheckResult", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permission_check_status {
            m.push(("PermissionCheckStatus", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetDelegationRequestResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request: crate::codec::optional(
                m,
                "DelegationRequest",
                crate::FromValue::from_value,
            )?,
            permission_check_result: crate::codec::optional(
                m,
                "PermissionCheckResult",
                crate::FromValue::from_value,
            )?,
            permission_check_status: crate::codec::optional(
                m,
                "PermissionCheckStatus",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupPolicyRequest {
    pub group_name: ::std::string::String,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for GetGroupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupPolicyResponse {
    pub group_name: ::std::string::String,
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for GetGroupPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupRequest {
    pub group_name: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for GetGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetGroupResponse {
    pub group: Group,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub users: ::std::vec::Vec<User>,
}

impl crate::ToValue for GetGroupResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("Group", crate::ToValue::to_value(&self.group)));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Users",
            crate::codec::list_to_value(&self.users, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetGroupResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group: crate::codec::required(m, "Group", crate::FromValue::from_value)?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            users: crate::codec::required(m, "Users", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetHumanReadableSummaryRequest {
    pub entity_arn: ::std::string::String,
    pub locale: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetHumanReadableSummaryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("EntityArn", crate::ToValue::to_value(&self.entity_arn)));
        if let Some(x) = &self.locale {
            m.push(("Locale", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetHumanReadableSummaryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_arn: crate::codec::required(m, "EntityArn", crate::FromValue::from_value)?,
            locale: crate::codec::optional(m, "Locale", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetHumanReadableSummaryResponse {
    pub locale: ::std::option::Option<::std::string::String>,
    pub summary_content: ::std::option::Option<::std::string::String>,
    pub summary_state: ::std::option::Option<summaryStateType>,
}

impl crate::ToValue for GetHumanReadableSummaryResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.locale {
            m.push(("Locale", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.summary_content {
            m.push(("SummaryContent", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.summary_state {
            m.push(("SummaryState", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetHumanReadableSummaryResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            locale: crate::codec::optional(m, "Locale", crate::FromValue::from_value)?,
            summary_content: crate::codec::optional(
                m,
                "SummaryContent",
                crate::FromValue::from_value,
            )?,
            summary_state: crate::codec::optional(m, "SummaryState", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
}

impl crate::ToValue for GetInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetInstanceProfileResponse {
    pub instance_profile: InstanceProfile,
}

impl crate::ToValue for GetInstanceProfileResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "InstanceProfile",
            crate::ToValue::to_value(&self.instance_profile),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetInstanceProfileResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile: crate::codec::required(
                m,
                "InstanceProfile",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLoginProfileRequest {
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetLoginProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetLoginProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLoginProfileResponse {
    pub login_profile: LoginProfile,
}

impl crate::ToValue for GetLoginProfileResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "LoginProfile",
            crate::ToValue::to_value(&self.login_profile),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetLoginProfileResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            login_profile: crate::codec::required(m, "LoginProfile", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMFADeviceRequest {
    pub serial_number: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetMFADeviceResponse {
    pub certifications: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
    >,
    pub enable_date: ::std::option::Option<crate::Timestamp>,
    pub serial_number: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetMFADeviceResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.certifications {
            m.push((
                "Certifications",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.enable_date {
            m.push(("EnableDate", crate::ToValue::to_value(x)));
        }
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetMFADeviceResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certifications: crate::codec::optional(m, "Certifications", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
            enable_date: crate::codec::optional(m, "EnableDate", crate::FromValue::from_value)?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOpenIDConnectProviderRequest {
    pub open_id_connect_provider_arn: ::std::string::String,
}

impl crate::ToValue for GetOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOpenIDConnectProviderResponse {
    pub client_id_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub thumbprint_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub url: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetOpenIDConnectProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.client_id_list {
            m.push((
                "ClientIDList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.thumbprint_list {
            m.push((
                "ThumbprintList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.url {
            m.push(("Url", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOpenIDConnectProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id_list: crate::codec::optional(m, "ClientIDList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            thumbprint_list: crate::codec::optional(m, "ThumbprintList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            url: crate::codec::optional(m, "Url", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOrganizationsAccessReportRequest {
    pub job_id: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub sort_key: ::std::option::Option<sortKeyType>,
}

impl crate::ToValue for GetOrganizationsAccessReportRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("JobId", crate::ToValue::to_value(&self.job_id)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.sort_key {
            m.push(("SortKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOrganizationsAccessReportRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            job_id: crate::codec::required(m, "JobId", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            sort_key: crate::codec::optional(m, "SortKey", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetOrganizationsAccessReportResponse {
    pub access_details: ::std::option::Option<::std::vec::Vec<AccessDetail>>,
    pub error_details: ::std::option::Option<ErrorDetails>,
    pub is_truncated: ::std::option::Option<bool>,
    pub job_completion_date: ::std::option::Option<crate::Timestamp>,
    pub job_creation_date: crate::Timestamp,
    pub job_status: jobStatusType,
    pub marker: ::std::option::Option<::std::string::String>,
    pub number_of_services_accessible: ::std::option::Option<i32>,
    pub number_of_services_not_accessed: ::std::option::Option<i32>,
}

impl crate::ToValue for GetOrganizationsAccessReportResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.access_details {
            m.push((
                "AccessDetails",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.error_details {
            m.push(("ErrorDetails", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.job_completion_date {
            m.push(("JobCompletionDate", crate::ToValue::to_value(x)));
        }
        m.push((
            "JobCreationDate",
            crate::ToValue::to_value(&self.job_creation_date),
        ));
        m.push(("JobStatus", crate::ToValue::to_value(&self.job_status)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.number_of_services_accessible {
            m.push(("NumberOfServicesAccessible", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.number_of_services_not_accessed {
            m.push(("NumberOfServicesNotAccessed", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOrganizationsAccessReportResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_details: crate::codec::optional(m, "AccessDetails", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            error_details: crate::codec::optional(m, "ErrorDetails", crate::FromValue::from_value)?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            job_completion_date: crate::codec::optional(
                m,
                "JobCompletionDate",
                crate::FromValue::from_value,
            )?,
            job_creation_date: crate::codec::required(
                m,
                "JobCreationDate",
                crate::FromValue::from_value,
            )?,
            job_status: crate::codec::required(m, "JobStatus", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            number_of_services_accessible: crate::codec::optional(
                m,
                "NumberOfServicesAccessible",
                crate::FromValue::from_value,
            )?,
            number_of_services_not_accessed: crate::codec::optional(
                m,
                "NumberOfServicesNotAccessed",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetOutboundWebIdentityFederationInfoResponse {
    pub issuer_identifier: ::std::option::Option<::std::string::String>,
    pub jwt_vending_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for GetOutboundWebIdentityFederationInfoResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.issuer_identifier {
            m.push(("IssuerIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.jwt_vending_enabled {
            m.push(("JwtVendingEnabled", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetOutboundWebIdentityFederationInfoResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            issuer_identifier: crate::codec::optional(
                m,
                "IssuerIdentifier",
                crate::FromValue::from_value,
            )?,
            jwt_vending_enabled: crate::codec::optional(
                m,
                "JwtVendingEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyRequest {
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for GetPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyResponse {
    pub policy: ::std::option::Option<Policy>,
}

impl crate::ToValue for GetPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy {
            m.push(("Policy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy: crate::codec::optional(m, "Policy", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyVersionRequest {
    pub policy_arn: ::std::string::String,
    pub version_id: ::std::string::String,
}

impl crate::ToValue for GetPolicyVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("VersionId", crate::ToValue::to_value(&self.version_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPolicyVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            version_id: crate::codec::required(m, "VersionId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetPolicyVersionResponse {
    pub policy_version: ::std::option::Option<PolicyVersion>,
}

impl crate::ToValue for GetPolicyVersionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.policy_version {
            m.push(("PolicyVersion", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetPolicyVersionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_version: crate::codec::optional(
                m,
                "PolicyVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRolePolicyRequest {
    pub policy_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for GetRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRolePolicyResponse {
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for GetRolePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRolePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleRequest {
    pub role_name: ::std::string::String,
}

impl crate::ToValue for GetRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleResponse {
    pub role: Role,
}

impl crate::ToValue for GetRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Role", crate::ToValue::to_value(&self.role)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role: crate::codec::required(m, "Role", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleTemplateVersionRequest {
    pub minor_version: ::std::option::Option<i32>,
    pub template_arn: ::std::string::String,
}

impl crate::ToValue for GetRoleTemplateVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.minor_version {
            m.push(("MinorVersion", crate::ToValue::to_value(x)));
        }
        m.push(("TemplateArn", crate::ToValue::to_value(&self.template_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleTemplateVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            minor_version: crate::codec::optional(m, "MinorVersion", crate::FromValue::from_value)?,
            template_arn: crate::codec::required(m, "TemplateArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetRoleTemplateVersionResponse {
    pub role_template_version: RoleTemplateVersion,
}

impl crate::ToValue for GetRoleTemplateVersionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "RoleTemplateVersion",
            crate::ToValue::to_value(&self.role_template_version),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetRoleTemplateVersionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_template_version: crate::codec::required(
                m,
                "RoleTemplateVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSAMLProviderRequest {
    pub saml_provider_arn: ::std::string::String,
}

impl crate::ToValue for GetSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSAMLProviderResponse {
    pub assertion_encryption_mode: ::std::option::Option<assertionEncryptionModeType>,
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub identity_store_arn: ::std::option::Option<::std::string::String>,
    pub private_key_list: ::std::option::Option<::std::vec::Vec<SAMLPrivateKey>>,
    pub saml_key_hashes: ::std::option::Option<::std::vec::Vec<SAMLKeyHashEntry>>,
    pub saml_metadata_document: ::std::option::Option<::std::string::String>,
    pub saml_provider_uuid: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub valid_until: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for GetSAMLProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(11);
        if let Some(x) = &self.assertion_encryption_mode {
            m.push(("AssertionEncryptionMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_store_arn {
            m.push(("IdentityStoreArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.private_key_list {
            m.push((
                "PrivateKeyList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.saml_key_hashes {
            m.push((
                "SAMLKeyHashes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.saml_metadata_document {
            m.push(("SAMLMetadataDocument", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.saml_provider_uuid {
            m.push(("SAMLProviderUUID", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.valid_until {
            m.push(("ValidUntil", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSAMLProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assertion_encryption_mode: crate::codec::optional(
                m,
                "AssertionEncryptionMode",
                crate::FromValue::from_value,
            )?,
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            identity_store_arn: crate::codec::optional(
                m,
                "IdentityStoreArn",
                crate::FromValue::from_value,
            )?,
            private_key_list: crate::codec::optional(m, "PrivateKeyList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            saml_key_hashes: crate::codec::optional(m, "SAMLKeyHashes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            saml_metadata_document: crate::codec::optional(
                m,
                "SAMLMetadataDocument",
                crate::FromValue::from_value,
            )?,
            saml_provider_uuid: crate::codec::optional(
                m,
                "SAMLProviderUUID",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            valid_until: crate::codec::optional(m, "ValidUntil", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetSSHPublicKeyRequest {
    pub encoding: encodingType,
    pub ssh_public_key_id: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for GetSSHPublicKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("Encoding", crate::ToValue::to_value(&self.encoding)));
        m.push((
            "SSHPublicKeyId",
            crate::ToValue::to_value(&self.ssh_public_key_id),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSSHPublicKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            encoding: crate::codec::required(m, "Encoding", crate::FromValue::from_value)?,
            ssh_public_key_id: crate::codec::required(
                m,
                "SSHPublicKeyId",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetSSHPublicKeyResponse {
    pub ssh_public_key: ::std::option::Option<SSHPublicKey>,
}

impl crate::ToValue for GetSSHPublicKeyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.ssh_public_key {
            m.push(("SSHPublicKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetSSHPublicKeyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key: crate::codec::optional(
                m,
                "SSHPublicKey",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServerCertificateRequest {
    pub server_certificate_name: ::std::string::String,
}

impl crate::ToValue for GetServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServerCertificateResponse {
    pub server_certificate: ServerCertificate,
}

impl crate::ToValue for GetServerCertificateResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "ServerCertificate",
            crate::ToValue::to_value(&self.server_certificate),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServerCertificateResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate: crate::codec::required(
                m,
                "ServerCertificate",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLastAccessedDetailsRequest {
    pub job_id: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for GetServiceLastAccessedDetailsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("JobId", crate::ToValue::to_value(&self.job_id)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLastAccessedDetailsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            job_id: crate::codec::required(m, "JobId", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLastAccessedDetailsResponse {
    pub error: ::std::option::Option<ErrorDetails>,
    pub is_truncated: ::std::option::Option<bool>,
    pub job_completion_date: crate::Timestamp,
    pub job_creation_date: crate::Timestamp,
    pub job_status: jobStatusType,
    pub job_type: ::std::option::Option<AccessAdvisorUsageGranularityType>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub services_last_accessed: ::std::vec::Vec<ServiceLastAccessed>,
}

impl crate::ToValue for GetServiceLastAccessedDetailsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        if let Some(x) = &self.error {
            m.push(("Error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        m.push((
            "JobCompletionDate",
            crate::ToValue::to_value(&self.job_completion_date),
        ));
        m.push((
            "JobCreationDate",
            crate::ToValue::to_value(&self.job_creation_date),
        ));
        m.push(("JobStatus", crate::ToValue::to_value(&self.job_status)));
        if let Some(x) = &self.job_type {
            m.push(("JobType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServicesLastAccessed",
            crate::codec::list_to_value(&self.services_last_accessed, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLastAccessedDetailsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            error: crate::codec::optional(m, "Error", crate::FromValue::from_value)?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            job_completion_date: crate::codec::required(
                m,
                "JobCompletionDate",
                crate::FromValue::from_value,
            )?,
            job_creation_date: crate::codec::required(
                m,
                "JobCreationDate",
                crate::FromValue::from_value,
            )?,
            job_status: crate::codec::required(m, "JobStatus", crate::FromValue::from_value)?,
            job_type: crate::codec::optional(m, "JobType", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            services_last_accessed: crate::codec::required(
                m,
                "ServicesLastAccessed",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLastAccessedDetailsWithEntitiesRequest {
    pub job_id: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub service_namespace: ::std::string::String,
}

impl crate::ToValue for GetServiceLastAccessedDetailsWithEntitiesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("JobId", crate::ToValue::to_value(&self.job_id)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServiceNamespace",
            crate::ToValue::to_value(&self.service_namespace),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLastAccessedDetailsWithEntitiesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            job_id: crate::codec::required(m, "JobId", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            service_namespace: crate::codec::required(
                m,
                "ServiceNamespace",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLastAccessedDetailsWithEntitiesResponse {
    pub entity_details_list: ::std::vec::Vec<EntityDetails>,
    pub error: ::std::option::Option<ErrorDetails>,
    pub is_truncated: ::std::option::Option<bool>,
    pub job_completion_date: crate::Timestamp,
    pub job_creation_date: crate::Timestamp,
    pub job_status: jobStatusType,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetServiceLastAccessedDetailsWithEntitiesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        m.push((
            "EntityDetailsList",
            crate::codec::list_to_value(&self.entity_details_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        if let Some(x) = &self.error {
            m.push(("Error", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        m.push((
            "JobCompletionDate",
            crate::ToValue::to_value(&self.job_completion_date),
        ));
        m.push((
            "JobCreationDate",
            crate::ToValue::to_value(&self.job_creation_date),
        ));
        m.push(("JobStatus", crate::ToValue::to_value(&self.job_status)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLastAccessedDetailsWithEntitiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_details_list: crate::codec::required(
                m,
                "EntityDetailsList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            error: crate::codec::optional(m, "Error", crate::FromValue::from_value)?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            job_completion_date: crate::codec::required(
                m,
                "JobCompletionDate",
                crate::FromValue::from_value,
            )?,
            job_creation_date: crate::codec::required(
                m,
                "JobCreationDate",
                crate::FromValue::from_value,
            )?,
            job_status: crate::codec::required(m, "JobStatus", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServiceLinkedRoleDeletionStatusRequest {
    pub deletion_task_id: ::std::string::String,
}

impl crate::ToValue for GetServiceLinkedRoleDeletionStatusRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DeletionTaskId",
            crate::ToValue::to_value(&self.deletion_task_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLinkedRoleDeletionStatusRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            deletion_task_id: crate::codec::required(
                m,
                "DeletionTaskId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GetServiceLinkedRoleDeletionStatusResponse {
    pub reason: ::std::option::Option<DeletionTaskFailureReasonType>,
    pub status: DeletionTaskStatusType,
}

impl crate::ToValue for GetServiceLinkedRoleDeletionStatusResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.reason {
            m.push(("Reason", crate::ToValue::to_value(x)));
        }
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetServiceLinkedRoleDeletionStatusResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            reason: crate::codec::optional(m, "Reason", crate::FromValue::from_value)?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserPolicyRequest {
    pub policy_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for GetUserPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserPolicyResponse {
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for GetUserPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserRequest {
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GetUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetUserResponse {
    pub user: User,
}

impl crate::ToValue for GetUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("User", crate::ToValue::to_value(&self.user)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GetUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user: crate::codec::required(m, "User", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Group {
    pub arn: ::std::string::String,
    pub create_date: crate::Timestamp,
    pub group_id: ::std::string::String,
    pub group_name: ::std::string::String,
    pub path: ::std::string::String,
}

impl crate::ToValue for Group {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        m.push(("GroupId", crate::ToValue::to_value(&self.group_id)));
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("Path", crate::ToValue::to_value(&self.path)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Group {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            group_id: crate::codec::required(m, "GroupId", crate::FromValue::from_value)?,
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            path: crate::codec::required(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GroupDetail {
    pub arn: ::std::option::Option<::std::string::String>,
    pub attached_managed_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub group_id: ::std::option::Option<::std::string::String>,
    pub group_name: ::std::option::Option<::std::string::String>,
    pub group_policy_list: ::std::option::Option<::std::vec::Vec<PolicyDetail>>,
    pub path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for GroupDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attached_managed_policies {
            m.push((
                "AttachedManagedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_id {
            m.push(("GroupId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_name {
            m.push(("GroupName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_policy_list {
            m.push((
                "GroupPolicyList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for GroupDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            attached_managed_policies: crate::codec::optional(
                m,
                "AttachedManagedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            group_id: crate::codec::optional(m, "GroupId", crate::FromValue::from_value)?,
            group_name: crate::codec::optional(m, "GroupName", crate::FromValue::from_value)?,
            group_policy_list: crate::codec::optional(
                m,
                "GroupPolicyList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InlinePolicy {
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for InlinePolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InlinePolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct InlinePolicyIdentifierType {
    pub attachment_name: ::std::string::String,
    pub attachment_type: AttachmentType,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for InlinePolicyIdentifierType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AttachmentName",
            crate::ToValue::to_value(&self.attachment_name),
        ));
        m.push((
            "AttachmentType",
            crate::ToValue::to_value(&self.attachment_type),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InlinePolicyIdentifierType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attachment_name: crate::codec::required(
                m,
                "AttachmentName",
                crate::FromValue::from_value,
            )?,
            attachment_type: crate::codec::required(
                m,
                "AttachmentType",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InstanceProfile {
    pub arn: ::std::string::String,
    pub create_date: crate::Timestamp,
    pub instance_profile_id: ::std::string::String,
    pub instance_profile_name: ::std::string::String,
    pub path: ::std::string::String,
    pub roles: ::std::vec::Vec<Role>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for InstanceProfile {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        m.push((
            "InstanceProfileId",
            crate::ToValue::to_value(&self.instance_profile_id),
        ));
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        m.push(("Path", crate::ToValue::to_value(&self.path)));
        m.push((
            "Roles",
            crate::codec::list_to_value(&self.roles, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InstanceProfile {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            instance_profile_id: crate::codec::required(
                m,
                "InstanceProfileId",
                crate::FromValue::from_value,
            )?,
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::required(m, "Path", crate::FromValue::from_value)?,
            roles: crate::codec::required(m, "Roles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidAuthenticationCodeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidAuthenticationCodeException {
    pub const CODE: &'static str = "InvalidAuthenticationCode";
    pub const HTTP_STATUS: u16 = 403;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidAuthenticationCodeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidAuthenticationCodeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidCertificateException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidCertificateException {
    pub const CODE: &'static str = "InvalidCertificate";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidCertificateException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidCertificateException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidInputException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidInputException {
    pub const CODE: &'static str = "InvalidInput";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidInputException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidInputException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidPublicKeyException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidPublicKeyException {
    pub const CODE: &'static str = "InvalidPublicKey";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidPublicKeyException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidPublicKeyException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct InvalidUserTypeException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl InvalidUserTypeException {
    pub const CODE: &'static str = "InvalidUserType";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for InvalidUserTypeException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for InvalidUserTypeException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct KeyPairMismatchException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl KeyPairMismatchException {
    pub const CODE: &'static str = "KeyPairMismatch";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for KeyPairMismatchException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for KeyPairMismatchException {
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
    pub const CODE: &'static str = "LimitExceeded";
    pub const HTTP_STATUS: u16 = 409;
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
pub struct ListAccessKeysRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccessKeysRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccessKeysRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccessKeysResponse {
    pub access_key_metadata: ::std::vec::Vec<AccessKeyMetadata>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccessKeysResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AccessKeyMetadata",
            crate::codec::list_to_value(&self.access_key_metadata, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccessKeysResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_metadata: crate::codec::required(
                m,
                "AccessKeyMetadata",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAliasesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for ListAccountAliasesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAliasesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAccountAliasesResponse {
    pub account_aliases: ::std::vec::Vec<::std::string::String>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAccountAliasesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "AccountAliases",
            crate::codec::list_to_value(&self.account_aliases, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAccountAliasesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            account_aliases: crate::codec::required(m, "AccountAliases", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedGroupPoliciesRequest {
    pub group_name: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAttachedGroupPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedGroupPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedGroupPoliciesResponse {
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAttachedGroupPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.attached_policies {
            m.push((
                "AttachedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedGroupPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_policies: crate::codec::optional(
                m,
                "AttachedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedRolePoliciesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for ListAttachedRolePoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedRolePoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedRolePoliciesResponse {
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAttachedRolePoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.attached_policies {
            m.push((
                "AttachedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedRolePoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_policies: crate::codec::optional(
                m,
                "AttachedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedUserPoliciesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ListAttachedUserPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedUserPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListAttachedUserPoliciesResponse {
    pub attached_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListAttachedUserPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.attached_policies {
            m.push((
                "AttachedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListAttachedUserPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            attached_policies: crate::codec::optional(
                m,
                "AttachedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegationRequestsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub owner_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListDelegationRequestsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.owner_id {
            m.push(("OwnerId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegationRequestsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            owner_id: crate::codec::optional(m, "OwnerId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDelegationRequestsResponse {
    pub delegation_requests: ::std::option::Option<::std::vec::Vec<DelegationRequest>>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub is_truncated: ::std::option::Option<bool>,
}

impl crate::ToValue for ListDelegationRequestsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.delegation_requests {
            m.push((
                "DelegationRequests",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("isTruncated", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListDelegationRequestsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_requests: crate::codec::optional(
                m,
                "DelegationRequests",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            is_truncated: crate::codec::optional(m, "isTruncated", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEntitiesForPolicyRequest {
    pub entity_filter: ::std::option::Option<EntityType>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
    pub policy_arn: ::std::string::String,
    pub policy_usage_filter: ::std::option::Option<PolicyUsageType>,
}

impl crate::ToValue for ListEntitiesForPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.entity_filter {
            m.push(("EntityFilter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        if let Some(x) = &self.policy_usage_filter {
            m.push(("PolicyUsageFilter", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListEntitiesForPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_filter: crate::codec::optional(m, "EntityFilter", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            policy_usage_filter: crate::codec::optional(
                m,
                "PolicyUsageFilter",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEntitiesForPolicyResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policy_groups: ::std::option::Option<::std::vec::Vec<PolicyGroup>>,
    pub policy_roles: ::std::option::Option<::std::vec::Vec<PolicyRole>>,
    pub policy_users: ::std::option::Option<::std::vec::Vec<PolicyUser>>,
}

impl crate::ToValue for ListEntitiesForPolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_groups {
            m.push((
                "PolicyGroups",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.policy_roles {
            m.push((
                "PolicyRoles",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.policy_users {
            m.push((
                "PolicyUsers",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListEntitiesForPolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policy_groups: crate::codec::optional(m, "PolicyGroups", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            policy_roles: crate::codec::optional(m, "PolicyRoles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            policy_users: crate::codec::optional(m, "PolicyUsers", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupPoliciesRequest {
    pub group_name: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for ListGroupPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupPoliciesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policy_names: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ListGroupPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyNames",
            crate::codec::list_to_value(&self.policy_names, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policy_names: crate::codec::required(m, "PolicyNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsForUserRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ListGroupsForUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupsForUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsForUserResponse {
    pub groups: ::std::vec::Vec<Group>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupsForUserResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "Groups",
            crate::codec::list_to_value(&self.groups, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupsForUserResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            groups: crate::codec::required(m, "Groups", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListGroupsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListGroupsResponse {
    pub groups: ::std::vec::Vec<Group>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListGroupsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "Groups",
            crate::codec::list_to_value(&self.groups, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
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
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfileTagsRequest {
    pub instance_profile_name: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for ListInstanceProfileTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfileTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfileTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListInstanceProfileTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfileTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesForRoleRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for ListInstanceProfilesForRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfilesForRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesForRoleResponse {
    pub instance_profiles: ::std::vec::Vec<InstanceProfile>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInstanceProfilesForRoleResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "InstanceProfiles",
            crate::codec::list_to_value(&self.instance_profiles, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfilesForRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profiles: crate::codec::required(
                m,
                "InstanceProfiles",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInstanceProfilesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfilesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListInstanceProfilesResponse {
    pub instance_profiles: ::std::vec::Vec<InstanceProfile>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListInstanceProfilesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "InstanceProfiles",
            crate::codec::list_to_value(&self.instance_profiles, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListInstanceProfilesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profiles: crate::codec::required(
                m,
                "InstanceProfiles",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADeviceTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub serial_number: ::std::string::String,
}

impl crate::ToValue for ListMFADeviceTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListMFADeviceTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADeviceTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListMFADeviceTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListMFADeviceTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADevicesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListMFADevicesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListMFADevicesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListMFADevicesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub mfa_devices: ::std::vec::Vec<MFADevice>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListMFADevicesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        m.push((
            "MFADevices",
            crate::codec::list_to_value(&self.mfa_devices, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListMFADevicesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            mfa_devices: crate::codec::required(m, "MFADevices", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProviderTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub open_id_connect_provider_arn: ::std::string::String,
}

impl crate::ToValue for ListOpenIDConnectProviderTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOpenIDConnectProviderTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProviderTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListOpenIDConnectProviderTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOpenIDConnectProviderTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProvidersRequest {}

impl crate::ToValue for ListOpenIDConnectProvidersRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ListOpenIDConnectProvidersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOpenIDConnectProvidersResponse {
    pub open_id_connect_provider_list:
        ::std::option::Option<::std::vec::Vec<OpenIDConnectProviderListEntry>>,
}

impl crate::ToValue for ListOpenIDConnectProvidersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.open_id_connect_provider_list {
            m.push((
                "OpenIDConnectProviderList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOpenIDConnectProvidersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_list: crate::codec::optional(
                m,
                "OpenIDConnectProviderList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationsFeaturesRequest {}

impl crate::ToValue for ListOrganizationsFeaturesRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ListOrganizationsFeaturesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListOrganizationsFeaturesResponse {
    pub enabled_features: ::std::option::Option<::std::vec::Vec<FeatureType>>,
    pub organization_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListOrganizationsFeaturesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.enabled_features {
            m.push((
                "EnabledFeatures",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.organization_id {
            m.push(("OrganizationId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListOrganizationsFeaturesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enabled_features: crate::codec::optional(m, "EnabledFeatures", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            organization_id: crate::codec::optional(
                m,
                "OrganizationId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessEntry {
    pub policies: ::std::option::Option<::std::vec::Vec<PolicyGrantingServiceAccess>>,
    pub service_namespace: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListPoliciesGrantingServiceAccessEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.policies {
            m.push((
                "Policies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.service_namespace {
            m.push(("ServiceNamespace", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesGrantingServiceAccessEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            service_namespace: crate::codec::optional(
                m,
                "ServiceNamespace",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessRequest {
    pub arn: ::std::string::String,
    pub marker: ::std::option::Option<::std::string::String>,
    pub service_namespaces: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ListPoliciesGrantingServiceAccessRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServiceNamespaces",
            crate::codec::list_to_value(&self.service_namespaces, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesGrantingServiceAccessRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            service_namespaces: crate::codec::required(
                m,
                "ServiceNamespaces",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesGrantingServiceAccessResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policies_granting_service_access: ::std::vec::Vec<ListPoliciesGrantingServiceAccessEntry>,
}

impl crate::ToValue for ListPoliciesGrantingServiceAccessResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "PoliciesGrantingServiceAccess",
            crate::codec::list_to_value(&self.policies_granting_service_access, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesGrantingServiceAccessResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policies_granting_service_access: crate::codec::required(
                m,
                "PoliciesGrantingServiceAccess",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub only_attached: ::std::option::Option<bool>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
    pub policy_usage_filter: ::std::option::Option<PolicyUsageType>,
    pub scope: ::std::option::Option<policyScopeType>,
}

impl crate::ToValue for ListPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.only_attached {
            m.push(("OnlyAttached", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_usage_filter {
            m.push(("PolicyUsageFilter", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.scope {
            m.push(("Scope", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            only_attached: crate::codec::optional(m, "OnlyAttached", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
            policy_usage_filter: crate::codec::optional(
                m,
                "PolicyUsageFilter",
                crate::FromValue::from_value,
            )?,
            scope: crate::codec::optional(m, "Scope", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPoliciesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policies: ::std::option::Option<::std::vec::Vec<Policy>>,
}

impl crate::ToValue for ListPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
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
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policies: crate::codec::optional(m, "Policies", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for ListPolicyTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListPolicyTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyVersionsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub policy_arn: ::std::string::String,
}

impl crate::ToValue for ListPolicyVersionsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyVersionsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPolicyVersionsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub versions: ::std::option::Option<::std::vec::Vec<PolicyVersion>>,
}

impl crate::ToValue for ListPolicyVersionsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.versions {
            m.push((
                "Versions",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListPolicyVersionsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            versions: crate::codec::optional(m, "Versions", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolePoliciesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for ListRolePoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRolePoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolePoliciesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policy_names: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ListRolePoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyNames",
            crate::codec::list_to_value(&self.policy_names, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRolePoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policy_names: crate::codec::required(m, "PolicyNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRoleTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for ListRoleTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRoleTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRoleTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListRoleTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRoleTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListRolesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRolesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListRolesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub roles: ::std::vec::Vec<Role>,
}

impl crate::ToValue for ListRolesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Roles",
            crate::codec::list_to_value(&self.roles, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListRolesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            roles: crate::codec::required(m, "Roles", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProviderTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub saml_provider_arn: ::std::string::String,
}

impl crate::ToValue for ListSAMLProviderTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSAMLProviderTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProviderTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListSAMLProviderTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSAMLProviderTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProvidersRequest {}

impl crate::ToValue for ListSAMLProvidersRequest {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ListSAMLProvidersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSAMLProvidersResponse {
    pub saml_provider_list: ::std::option::Option<::std::vec::Vec<SAMLProviderListEntry>>,
}

impl crate::ToValue for ListSAMLProvidersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.saml_provider_list {
            m.push((
                "SAMLProviderList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSAMLProvidersResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_list: crate::codec::optional(
                m,
                "SAMLProviderList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSSHPublicKeysRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListSSHPublicKeysRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSSHPublicKeysRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSSHPublicKeysResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub ssh_public_keys: ::std::option::Option<::std::vec::Vec<SSHPublicKeyMetadata>>,
}

impl crate::ToValue for ListSSHPublicKeysResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ssh_public_keys {
            m.push((
                "SSHPublicKeys",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSSHPublicKeysResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            ssh_public_keys: crate::codec::optional(m, "SSHPublicKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificateTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub server_certificate_name: ::std::string::String,
}

impl crate::ToValue for ListServerCertificateTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServerCertificateTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificateTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListServerCertificateTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServerCertificateTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificatesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListServerCertificatesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServerCertificatesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServerCertificatesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub server_certificate_metadata_list: ::std::vec::Vec<ServerCertificateMetadata>,
}

impl crate::ToValue for ListServerCertificatesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServerCertificateMetadataList",
            crate::codec::list_to_value(&self.server_certificate_metadata_list, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServerCertificatesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            server_certificate_metadata_list: crate::codec::required(
                m,
                "ServerCertificateMetadataList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServiceSpecificCredentialsRequest {
    pub all_users: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub service_name: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListServiceSpecificCredentialsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.all_users {
            m.push(("AllUsers", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_name {
            m.push(("ServiceName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServiceSpecificCredentialsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            all_users: crate::codec::optional(m, "AllUsers", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            service_name: crate::codec::optional(m, "ServiceName", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListServiceSpecificCredentialsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub service_specific_credentials:
        ::std::option::Option<::std::vec::Vec<ServiceSpecificCredentialMetadata>>,
}

impl crate::ToValue for ListServiceSpecificCredentialsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_specific_credentials {
            m.push((
                "ServiceSpecificCredentials",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListServiceSpecificCredentialsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            service_specific_credentials: crate::codec::optional(
                m,
                "ServiceSpecificCredentials",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSigningCertificatesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListSigningCertificatesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSigningCertificatesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListSigningCertificatesResponse {
    pub certificates: ::std::vec::Vec<SigningCertificate>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListSigningCertificatesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "Certificates",
            crate::codec::list_to_value(&self.certificates, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListSigningCertificatesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificates: crate::codec::required(m, "Certificates", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserPoliciesRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ListUserPoliciesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUserPoliciesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserPoliciesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub policy_names: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ListUserPoliciesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "PolicyNames",
            crate::codec::list_to_value(&self.policy_names, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUserPoliciesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            policy_names: crate::codec::required(m, "PolicyNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserTagsRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ListUserTagsRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUserTagsRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUserTagsResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for ListUserTagsResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUserTagsResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersRequest {
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub path_prefix: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ListUsersRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path_prefix {
            m.push(("PathPrefix", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListUsersRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            path_prefix: crate::codec::optional(m, "PathPrefix", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListUsersResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub users: ::std::vec::Vec<User>,
}

impl crate::ToValue for ListUsersResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
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
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            users: crate::codec::required(m, "Users", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVirtualMFADevicesRequest {
    pub assignment_status: ::std::option::Option<assignmentStatusType>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
}

impl crate::ToValue for ListVirtualMFADevicesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.assignment_status {
            m.push(("AssignmentStatus", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListVirtualMFADevicesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assignment_status: crate::codec::optional(
                m,
                "AssignmentStatus",
                crate::FromValue::from_value,
            )?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListVirtualMFADevicesResponse {
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub virtual_mfa_devices: ::std::vec::Vec<VirtualMFADevice>,
}

impl crate::ToValue for ListVirtualMFADevicesResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        m.push((
            "VirtualMFADevices",
            crate::codec::list_to_value(&self.virtual_mfa_devices, |x0| {
                crate::ToValue::to_value(x0)
            }),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ListVirtualMFADevicesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            virtual_mfa_devices: crate::codec::required(
                m,
                "VirtualMFADevices",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoginProfile {
    pub create_date: crate::Timestamp,
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub password_reset_required: ::std::option::Option<bool>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for LoginProfile {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password_reset_required {
            m.push(("PasswordResetRequired", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for LoginProfile {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            password_reset_required: crate::codec::optional(
                m,
                "PasswordResetRequired",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MFADevice {
    pub enable_date: crate::Timestamp,
    pub serial_number: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for MFADevice {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("EnableDate", crate::ToValue::to_value(&self.enable_date)));
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MFADevice {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            enable_date: crate::codec::required(m, "EnableDate", crate::FromValue::from_value)?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MalformedCertificateException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl MalformedCertificateException {
    pub const CODE: &'static str = "MalformedCertificate";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for MalformedCertificateException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for MalformedCertificateException {
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedPolicyDetail {
    pub arn: ::std::option::Option<::std::string::String>,
    pub attachment_count: ::std::option::Option<i32>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub default_version_id: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub is_attachable: ::std::option::Option<bool>,
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary_usage_count: ::std::option::Option<i32>,
    pub policy_id: ::std::option::Option<::std::string::String>,
    pub policy_name: ::std::option::Option<::std::string::String>,
    pub policy_version_list: ::std::option::Option<::std::vec::Vec<PolicyVersion>>,
    pub update_date: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ManagedPolicyDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attachment_count {
            m.push(("AttachmentCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.default_version_id {
            m.push(("DefaultVersionId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_attachable {
            m.push(("IsAttachable", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary_usage_count {
            m.push(("PermissionsBoundaryUsageCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_id {
            m.push(("PolicyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_name {
            m.push(("PolicyName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_version_list {
            m.push((
                "PolicyVersionList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.update_date {
            m.push(("UpdateDate", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ManagedPolicyDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            attachment_count: crate::codec::optional(
                m,
                "AttachmentCount",
                crate::FromValue::from_value,
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            default_version_id: crate::codec::optional(
                m,
                "DefaultVersionId",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            is_attachable: crate::codec::optional(m, "IsAttachable", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary_usage_count: crate::codec::optional(
                m,
                "PermissionsBoundaryUsageCount",
                crate::FromValue::from_value,
            )?,
            policy_id: crate::codec::optional(m, "PolicyId", crate::FromValue::from_value)?,
            policy_name: crate::codec::optional(m, "PolicyName", crate::FromValue::from_value)?,
            policy_version_list: crate::codec::optional(
                m,
                "PolicyVersionList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            update_date: crate::codec::optional(m, "UpdateDate", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NameConflictException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NameConflictException {
    pub const CODE: &'static str = "NameConflict";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NameConflictException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NameConflictException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoSuchEntityException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl NoSuchEntityException {
    pub const CODE: &'static str = "NoSuchEntity";
    pub const HTTP_STATUS: u16 = 404;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for NoSuchEntityException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for NoSuchEntityException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpenIDConnectProviderListEntry {
    pub arn: ::std::option::Option<::std::string::String>,
    pub is_trusted_identity_propagation_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for OpenIDConnectProviderListEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_trusted_identity_propagation_enabled {
            m.push((
                "IsTrustedIdentityPropagationEnabled",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OpenIDConnectProviderListEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            is_trusted_identity_propagation_enabled: crate::codec::optional(
                m,
                "IsTrustedIdentityPropagationEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OpenIdIdpCommunicationErrorException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl OpenIdIdpCommunicationErrorException {
    pub const CODE: &'static str = "OpenIdIdpCommunicationError";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OpenIdIdpCommunicationErrorException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OpenIdIdpCommunicationErrorException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderedOrganizationPolicyType {
    pub service_control_policy_input_list:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for OrderedOrganizationPolicyType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.service_control_policy_input_list {
            m.push((
                "ServiceControlPolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrderedOrganizationPolicyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_control_policy_input_list: crate::codec::optional(
                m,
                "ServiceControlPolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrganizationNotFoundException {}

impl OrganizationNotFoundException {
    pub const CODE: &'static str = "OrganizationNotFoundException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for OrganizationNotFoundException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for OrganizationNotFoundException {
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
pub struct OrganizationsDecisionDetail {
    pub allowed_by_organizations: ::std::option::Option<bool>,
}

impl crate::ToValue for OrganizationsDecisionDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.allowed_by_organizations {
            m.push(("AllowedByOrganizations", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for OrganizationsDecisionDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allowed_by_organizations: crate::codec::optional(
                m,
                "AllowedByOrganizations",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParameterDefinition {
    pub default_value: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub immutable: ::std::option::Option<bool>,
    pub is_required: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    pub sub_type: ::std::option::Option<::std::string::String>,
    pub r#type: parameterTypeType,
}

impl crate::ToValue for ParameterDefinition {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.default_value {
            m.push(("DefaultValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.immutable {
            m.push(("Immutable", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_required {
            m.push(("IsRequired", crate::ToValue::to_value(x)));
        }
        m.push(("Name", crate::ToValue::to_value(&self.name)));
        if let Some(x) = &self.sub_type {
            m.push(("SubType", crate::ToValue::to_value(x)));
        }
        m.push(("Type", crate::ToValue::to_value(&self.r#type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ParameterDefinition {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            default_value: crate::codec::optional(m, "DefaultValue", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            immutable: crate::codec::optional(m, "Immutable", crate::FromValue::from_value)?,
            is_required: crate::codec::optional(m, "IsRequired", crate::FromValue::from_value)?,
            name: crate::codec::required(m, "Name", crate::FromValue::from_value)?,
            sub_type: crate::codec::optional(m, "SubType", crate::FromValue::from_value)?,
            r#type: crate::codec::required(m, "Type", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicy {
    pub allow_users_to_change_password: ::std::option::Option<bool>,
    pub expire_passwords: ::std::option::Option<bool>,
    pub hard_expiry: ::std::option::Option<bool>,
    pub max_password_age: ::std::option::Option<i32>,
    pub minimum_password_length: ::std::option::Option<i32>,
    pub password_reuse_prevention: ::std::option::Option<i32>,
    pub require_lowercase_characters: ::std::option::Option<bool>,
    pub require_numbers: ::std::option::Option<bool>,
    pub require_symbols: ::std::option::Option<bool>,
    pub require_uppercase_characters: ::std::option::Option<bool>,
}

impl crate::ToValue for PasswordPolicy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.allow_users_to_change_password {
            m.push(("AllowUsersToChangePassword", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.expire_passwords {
            m.push(("ExpirePasswords", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.hard_expiry {
            m.push(("HardExpiry", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_password_age {
            m.push(("MaxPasswordAge", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_password_length {
            m.push(("MinimumPasswordLength", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password_reuse_prevention {
            m.push(("PasswordReusePrevention", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_lowercase_characters {
            m.push(("RequireLowercaseCharacters", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_numbers {
            m.push(("RequireNumbers", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_symbols {
            m.push(("RequireSymbols", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_uppercase_characters {
            m.push(("RequireUppercaseCharacters", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PasswordPolicy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allow_users_to_change_password: crate::codec::optional(
                m,
                "AllowUsersToChangePassword",
                crate::FromValue::from_value,
            )?,
            expire_passwords: crate::codec::optional(
                m,
                "ExpirePasswords",
                crate::FromValue::from_value,
            )?,
            hard_expiry: crate::codec::optional(m, "HardExpiry", crate::FromValue::from_value)?,
            max_password_age: crate::codec::optional(
                m,
                "MaxPasswordAge",
                crate::FromValue::from_value,
            )?,
            minimum_password_length: crate::codec::optional(
                m,
                "MinimumPasswordLength",
                crate::FromValue::from_value,
            )?,
            password_reuse_prevention: crate::codec::optional(
                m,
                "PasswordReusePrevention",
                crate::FromValue::from_value,
            )?,
            require_lowercase_characters: crate::codec::optional(
                m,
                "RequireLowercaseCharacters",
                crate::FromValue::from_value,
            )?,
            require_numbers: crate::codec::optional(
                m,
                "RequireNumbers",
                crate::FromValue::from_value,
            )?,
            require_symbols: crate::codec::optional(
                m,
                "RequireSymbols",
                crate::FromValue::from_value,
            )?,
            require_uppercase_characters: crate::codec::optional(
                m,
                "RequireUppercaseCharacters",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PasswordPolicyViolationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PasswordPolicyViolationException {
    pub const CODE: &'static str = "PasswordPolicyViolation";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PasswordPolicyViolationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PasswordPolicyViolationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PermissionsBoundaryAttachmentType {
    PermissionsBoundaryPolicy,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PermissionsBoundaryAttachmentType {
    pub const VALUES: &'static [&'static str] = &["PermissionsBoundaryPolicy"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::PermissionsBoundaryPolicy => "PermissionsBoundaryPolicy",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "PermissionsBoundaryPolicy" => Self::PermissionsBoundaryPolicy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PermissionsBoundaryAttachmentType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PermissionsBoundaryAttachmentType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionsBoundaryDecisionDetail {
    pub allowed_by_permissions_boundary: ::std::option::Option<bool>,
}

impl crate::ToValue for PermissionsBoundaryDecisionDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.allowed_by_permissions_boundary {
            m.push(("AllowedByPermissionsBoundary", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PermissionsBoundaryDecisionDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allowed_by_permissions_boundary: crate::codec::optional(
                m,
                "AllowedByPermissionsBoundary",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Policy {
    pub arn: ::std::option::Option<::std::string::String>,
    pub attachment_count: ::std::option::Option<i32>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub default_version_id: ::std::option::Option<::std::string::String>,
    pub description: ::std::option::Option<::std::string::String>,
    pub is_attachable: ::std::option::Option<bool>,
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary_usage_count: ::std::option::Option<i32>,
    pub policy_id: ::std::option::Option<::std::string::String>,
    pub policy_name: ::std::option::Option<::std::string::String>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub update_date: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for Policy {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attachment_count {
            m.push(("AttachmentCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.default_version_id {
            m.push(("DefaultVersionId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_attachable {
            m.push(("IsAttachable", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary_usage_count {
            m.push(("PermissionsBoundaryUsageCount", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_id {
            m.push(("PolicyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_name {
            m.push(("PolicyName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.update_date {
            m.push(("UpdateDate", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Policy {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            attachment_count: crate::codec::optional(
                m,
                "AttachmentCount",
                crate::FromValue::from_value,
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            default_version_id: crate::codec::optional(
                m,
                "DefaultVersionId",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            is_attachable: crate::codec::optional(m, "IsAttachable", crate::FromValue::from_value)?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary_usage_count: crate::codec::optional(
                m,
                "PermissionsBoundaryUsageCount",
                crate::FromValue::from_value,
            )?,
            policy_id: crate::codec::optional(m, "PolicyId", crate::FromValue::from_value)?,
            policy_name: crate::codec::optional(m, "PolicyName", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            update_date: crate::codec::optional(m, "UpdateDate", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyDetail {
    pub policy_document: ::std::option::Option<::std::string::String>,
    pub policy_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.policy_document {
            m.push(("PolicyDocument", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_name {
            m.push(("PolicyName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::optional(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::optional(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyEvaluationDecisionType {
    Allowed,
    ExplicitDeny,
    ImplicitDeny,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyEvaluationDecisionType {
    pub const VALUES: &'static [&'static str] = &["allowed", "explicitDeny", "implicitDeny"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Allowed => "allowed",
            Self::ExplicitDeny => "explicitDeny",
            Self::ImplicitDeny => "implicitDeny",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "allowed" => Self::Allowed,
            "explicitDeny" => Self::ExplicitDeny,
            "implicitDeny" => Self::ImplicitDeny,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyEvaluationDecisionType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyEvaluationDecisionType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyEvaluationException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyEvaluationException {
    pub const CODE: &'static str = "PolicyEvaluation";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyEvaluationException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyEvaluationException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PolicyGrantingServiceAccess {
    pub entity_name: ::std::option::Option<::std::string::String>,
    pub entity_type: ::std::option::Option<policyOwnerEntityType>,
    pub policy_arn: ::std::option::Option<::std::string::String>,
    pub policy_name: ::std::string::String,
    pub policy_type: policyType,
}

impl crate::ToValue for PolicyGrantingServiceAccess {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.entity_name {
            m.push(("EntityName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.entity_type {
            m.push(("EntityType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arn {
            m.push(("PolicyArn", crate::ToValue::to_value(x)));
        }
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("PolicyType", crate::ToValue::to_value(&self.policy_type)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyGrantingServiceAccess {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            entity_name: crate::codec::optional(m, "EntityName", crate::FromValue::from_value)?,
            entity_type: crate::codec::optional(m, "EntityType", crate::FromValue::from_value)?,
            policy_arn: crate::codec::optional(m, "PolicyArn", crate::FromValue::from_value)?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            policy_type: crate::codec::required(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyGroup {
    pub group_id: ::std::option::Option<::std::string::String>,
    pub group_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyGroup {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.group_id {
            m.push(("GroupId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_name {
            m.push(("GroupName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyGroup {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_id: crate::codec::optional(m, "GroupId", crate::FromValue::from_value)?,
            group_name: crate::codec::optional(m, "GroupName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyIdentifier {
    pub inline_policy_identifier: ::std::option::Option<InlinePolicyIdentifierType>,
    pub policy_arn: ::std::option::Option<::std::string::String>,
    pub policy_type: ::std::option::Option<PolicyIdentifierPolicyType>,
}

impl crate::ToValue for PolicyIdentifier {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.inline_policy_identifier {
            m.push(("InlinePolicyIdentifier", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_arn {
            m.push(("PolicyArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.policy_type {
            m.push(("PolicyType", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyIdentifier {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            inline_policy_identifier: crate::codec::optional(
                m,
                "InlinePolicyIdentifier",
                crate::FromValue::from_value,
            )?,
            policy_arn: crate::codec::optional(m, "PolicyArn", crate::FromValue::from_value)?,
            policy_type: crate::codec::optional(m, "PolicyType", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyIdentifierPolicyType {
    Inline,
    AwsManaged,
    UserManaged,
    PermissionBoundary,
    Scp,
    Rcp,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyIdentifierPolicyType {
    pub const VALUES: &'static [&'static str] = &[
        "inline",
        "aws-managed",
        "user-managed",
        "permission-boundary",
        "scp",
        "rcp",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Inline => "inline",
            Self::AwsManaged => "aws-managed",
            Self::UserManaged => "user-managed",
            Self::PermissionBoundary => "permission-boundary",
            Self::Scp => "scp",
            Self::Rcp => "rcp",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "inline" => Self::Inline,
            "aws-managed" => Self::AwsManaged,
            "user-managed" => Self::UserManaged,
            "permission-boundary" => Self::PermissionBoundary,
            "scp" => Self::Scp,
            "rcp" => Self::Rcp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyIdentifierPolicyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyIdentifierPolicyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyNotAttachableException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl PolicyNotAttachableException {
    pub const CODE: &'static str = "PolicyNotAttachable";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for PolicyNotAttachableException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyNotAttachableException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyParameter {
    pub name: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<PolicyParameterTypeEnum>,
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for PolicyParameter {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.name {
            m.push(("Name", crate::ToValue::to_value(x)));
        }
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

impl crate::FromValue for PolicyParameter {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            name: crate::codec::optional(m, "Name", crate::FromValue::from_value)?,
            r#type: crate::codec::optional(m, "Type", crate::FromValue::from_value)?,
            values: crate::codec::optional(m, "Values", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyParameterTypeEnum {
    String,
    StringList,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyParameterTypeEnum {
    pub const VALUES: &'static [&'static str] = &["string", "stringList"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::StringList => "stringList",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "string" => Self::String,
            "stringList" => Self::StringList,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyParameterTypeEnum {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyParameterTypeEnum {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyRole {
    pub role_id: ::std::option::Option<::std::string::String>,
    pub role_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyRole {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.role_id {
            m.push(("RoleId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name {
            m.push(("RoleName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyRole {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_id: crate::codec::optional(m, "RoleId", crate::FromValue::from_value)?,
            role_name: crate::codec::optional(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicySourceType {
    User,
    Group,
    Role,
    AwsManaged,
    UserManaged,
    Resource,
    None,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicySourceType {
    pub const VALUES: &'static [&'static str] = &[
        "user",
        "group",
        "role",
        "aws-managed",
        "user-managed",
        "resource",
        "none",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
            Self::AwsManaged => "aws-managed",
            Self::UserManaged => "user-managed",
            Self::Resource => "resource",
            Self::None => "none",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "user" => Self::User,
            "group" => Self::Group,
            "role" => Self::Role,
            "aws-managed" => Self::AwsManaged,
            "user-managed" => Self::UserManaged,
            "resource" => Self::Resource,
            "none" => Self::None,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicySourceType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicySourceType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PolicyUsageType {
    PermissionsPolicy,
    PermissionsBoundary,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl PolicyUsageType {
    pub const VALUES: &'static [&'static str] = &["PermissionsPolicy", "PermissionsBoundary"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::PermissionsPolicy => "PermissionsPolicy",
            Self::PermissionsBoundary => "PermissionsBoundary",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "PermissionsPolicy" => Self::PermissionsPolicy,
            "PermissionsBoundary" => Self::PermissionsBoundary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for PolicyUsageType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for PolicyUsageType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyUser {
    pub user_id: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyUser {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.user_id {
            m.push(("UserId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyUser {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            user_id: crate::codec::optional(m, "UserId", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PolicyVersion {
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub document: ::std::option::Option<::std::string::String>,
    pub is_default_version: ::std::option::Option<bool>,
    pub version_id: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for PolicyVersion {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.document {
            m.push(("Document", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_default_version {
            m.push(("IsDefaultVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.version_id {
            m.push(("VersionId", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PolicyVersion {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            document: crate::codec::optional(m, "Document", crate::FromValue::from_value)?,
            is_default_version: crate::codec::optional(
                m,
                "IsDefaultVersion",
                crate::FromValue::from_value,
            )?,
            version_id: crate::codec::optional(m, "VersionId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Position {
    pub column: ::std::option::Option<i32>,
    pub line: ::std::option::Option<i32>,
}

impl crate::ToValue for Position {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.column {
            m.push(("Column", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.line {
            m.push(("Line", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Position {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            column: crate::codec::optional(m, "Column", crate::FromValue::from_value)?,
            line: crate::codec::optional(m, "Line", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutAccountPropertiesRequest {
    pub properties: ::std::collections::BTreeMap<::std::string::String, ::std::string::String>,
}

impl crate::ToValue for PutAccountPropertiesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "Properties",
            crate::codec::map_to_value(&self.properties, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutAccountPropertiesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            properties: crate::codec::required(m, "Properties", |v0: &crate::Value| {
                crate::codec::map_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutAccountPropertiesResponse {}

impl crate::ToValue for PutAccountPropertiesResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for PutAccountPropertiesResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutGroupPolicyRequest {
    pub group_name: ::std::string::String,
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
}

impl crate::ToValue for PutGroupPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutGroupPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutRolePermissionsBoundaryRequest {
    pub permissions_boundary: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for PutRolePermissionsBoundaryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "PermissionsBoundary",
            crate::ToValue::to_value(&self.permissions_boundary),
        ));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutRolePermissionsBoundaryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permissions_boundary: crate::codec::required(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutRolePolicyRequest {
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for PutRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutUserPermissionsBoundaryRequest {
    pub permissions_boundary: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for PutUserPermissionsBoundaryRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "PermissionsBoundary",
            crate::ToValue::to_value(&self.permissions_boundary),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutUserPermissionsBoundaryRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            permissions_boundary: crate::codec::required(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct PutUserPolicyRequest {
    pub policy_document: ::std::string::String,
    pub policy_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for PutUserPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("PolicyName", crate::ToValue::to_value(&self.policy_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for PutUserPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            policy_name: crate::codec::required(m, "PolicyName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RejectDelegationRequestRequest {
    pub delegation_request_id: ::std::string::String,
    pub notes: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RejectDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        if let Some(x) = &self.notes {
            m.push(("Notes", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RejectDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
            notes: crate::codec::optional(m, "Notes", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveClientIDFromOpenIDConnectProviderRequest {
    pub client_id: ::std::string::String,
    pub open_id_connect_provider_arn: ::std::string::String,
}

impl crate::ToValue for RemoveClientIDFromOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("ClientID", crate::ToValue::to_value(&self.client_id)));
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveClientIDFromOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            client_id: crate::codec::required(m, "ClientID", crate::FromValue::from_value)?,
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveRoleFromInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for RemoveRoleFromInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveRoleFromInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RemoveUserFromGroupRequest {
    pub group_name: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for RemoveUserFromGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RemoveUserFromGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplacementValueEntry {
    pub values: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for ReplacementValueEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "Values",
            crate::codec::list_to_value(&self.values, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ReplacementValueEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            values: crate::codec::required(m, "Values", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportFormatType {
    TextCsv,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ReportFormatType {
    pub const VALUES: &'static [&'static str] = &["text/csv"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::TextCsv => "text/csv",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "text/csv" => Self::TextCsv,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ReportFormatType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ReportFormatType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportGenerationLimitExceededException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ReportGenerationLimitExceededException {
    pub const CODE: &'static str = "ReportGenerationLimitExceeded";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ReportGenerationLimitExceededException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ReportGenerationLimitExceededException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportStateType {
    STARTED,
    INPROGRESS,
    COMPLETE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl ReportStateType {
    pub const VALUES: &'static [&'static str] = &["STARTED", "INPROGRESS", "COMPLETE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::STARTED => "STARTED",
            Self::INPROGRESS => "INPROGRESS",
            Self::COMPLETE => "COMPLETE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "STARTED" => Self::STARTED,
            "INPROGRESS" => Self::INPROGRESS,
            "COMPLETE" => Self::COMPLETE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for ReportStateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for ReportStateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetServiceSpecificCredentialRequest {
    pub service_specific_credential_id: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for ResetServiceSpecificCredentialRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ServiceSpecificCredentialId",
            crate::ToValue::to_value(&self.service_specific_credential_id),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResetServiceSpecificCredentialRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_specific_credential_id: crate::codec::required(
                m,
                "ServiceSpecificCredentialId",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResetServiceSpecificCredentialResponse {
    pub service_specific_credential: ::std::option::Option<ServiceSpecificCredential>,
}

impl crate::ToValue for ResetServiceSpecificCredentialResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.service_specific_credential {
            m.push(("ServiceSpecificCredential", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResetServiceSpecificCredentialResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_specific_credential: crate::codec::optional(
                m,
                "ServiceSpecificCredential",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSpecificResult {
    pub eval_decision_details: ::std::option::Option<
        ::std::collections::BTreeMap<::std::string::String, PolicyEvaluationDecisionType>,
    >,
    pub eval_resource_decision: PolicyEvaluationDecisionType,
    pub eval_resource_name: ::std::string::String,
    pub matched_statements: ::std::option::Option<::std::vec::Vec<Statement>>,
    pub missing_context_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub permissions_boundary_decision_detail:
        ::std::option::Option<PermissionsBoundaryDecisionDetail>,
}

impl crate::ToValue for ResourceSpecificResult {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.eval_decision_details {
            m.push((
                "EvalDecisionDetails",
                crate::codec::map_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "EvalResourceDecision",
            crate::ToValue::to_value(&self.eval_resource_decision),
        ));
        m.push((
            "EvalResourceName",
            crate::ToValue::to_value(&self.eval_resource_name),
        ));
        if let Some(x) = &self.matched_statements {
            m.push((
                "MatchedStatements",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.missing_context_values {
            m.push((
                "MissingContextValues",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.permissions_boundary_decision_detail {
            m.push((
                "PermissionsBoundaryDecisionDetail",
                crate::ToValue::to_value(x),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResourceSpecificResult {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            eval_decision_details: crate::codec::optional(
                m,
                "EvalDecisionDetails",
                |v0: &crate::Value| crate::codec::map_from_value(v0, crate::FromValue::from_value),
            )?,
            eval_resource_decision: crate::codec::required(
                m,
                "EvalResourceDecision",
                crate::FromValue::from_value,
            )?,
            eval_resource_name: crate::codec::required(
                m,
                "EvalResourceName",
                crate::FromValue::from_value,
            )?,
            matched_statements: crate::codec::optional(
                m,
                "MatchedStatements",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            missing_context_values: crate::codec::optional(
                m,
                "MissingContextValues",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            permissions_boundary_decision_detail: crate::codec::optional(
                m,
                "PermissionsBoundaryDecisionDetail",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResyncMFADeviceRequest {
    pub authentication_code1: ::std::string::String,
    pub authentication_code2: ::std::string::String,
    pub serial_number: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ResyncMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "AuthenticationCode1",
            crate::ToValue::to_value(&self.authentication_code1),
        ));
        m.push((
            "AuthenticationCode2",
            crate::ToValue::to_value(&self.authentication_code2),
        ));
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ResyncMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            authentication_code1: crate::codec::required(
                m,
                "AuthenticationCode1",
                crate::FromValue::from_value,
            )?,
            authentication_code2: crate::codec::required(
                m,
                "AuthenticationCode2",
                crate::FromValue::from_value,
            )?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Role {
    pub arn: ::std::string::String,
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    pub create_date: crate::Timestamp,
    pub description: ::std::option::Option<::std::string::String>,
    pub max_session_duration: ::std::option::Option<i32>,
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub path: ::std::string::String,
    pub permissions_boundary: ::std::option::Option<AttachedPermissionsBoundary>,
    pub role_id: ::std::string::String,
    pub role_last_used: ::std::option::Option<RoleLastUsed>,
    pub role_name: ::std::string::String,
    pub source_role_template: ::std::option::Option<SourceRoleTemplate>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for Role {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        if let Some(x) = &self.assume_role_policy_document {
            m.push(("AssumeRolePolicyDocument", crate::ToValue::to_value(x)));
        }
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_session_duration {
            m.push(("MaxSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        m.push(("Path", crate::ToValue::to_value(&self.path)));
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        m.push(("RoleId", crate::ToValue::to_value(&self.role_id)));
        if let Some(x) = &self.role_last_used {
            m.push(("RoleLastUsed", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        if let Some(x) = &self.source_role_template {
            m.push(("SourceRoleTemplate", crate::ToValue::to_value(x)));
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

impl crate::FromValue for Role {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            assume_role_policy_document: crate::codec::optional(
                m,
                "AssumeRolePolicyDocument",
                crate::FromValue::from_value,
            )?,
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            max_session_duration: crate::codec::optional(
                m,
                "MaxSessionDuration",
                crate::FromValue::from_value,
            )?,
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::required(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            role_id: crate::codec::required(m, "RoleId", crate::FromValue::from_value)?,
            role_last_used: crate::codec::optional(
                m,
                "RoleLastUsed",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
            source_role_template: crate::codec::optional(
                m,
                "SourceRoleTemplate",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleDetail {
    pub arn: ::std::option::Option<::std::string::String>,
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    pub attached_managed_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub instance_profile_list: ::std::option::Option<::std::vec::Vec<InstanceProfile>>,
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary: ::std::option::Option<AttachedPermissionsBoundary>,
    pub role_id: ::std::option::Option<::std::string::String>,
    pub role_last_used: ::std::option::Option<RoleLastUsed>,
    pub role_name: ::std::option::Option<::std::string::String>,
    pub role_policy_list: ::std::option::Option<::std::vec::Vec<PolicyDetail>>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for RoleDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.assume_role_policy_document {
            m.push(("AssumeRolePolicyDocument", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attached_managed_policies {
            m.push((
                "AttachedManagedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.instance_profile_list {
            m.push((
                "InstanceProfileList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_id {
            m.push(("RoleId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_last_used {
            m.push(("RoleLastUsed", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name {
            m.push(("RoleName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_policy_list {
            m.push((
                "RolePolicyList",
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

impl crate::FromValue for RoleDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            assume_role_policy_document: crate::codec::optional(
                m,
                "AssumeRolePolicyDocument",
                crate::FromValue::from_value,
            )?,
            attached_managed_policies: crate::codec::optional(
                m,
                "AttachedManagedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            instance_profile_list: crate::codec::optional(
                m,
                "InstanceProfileList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            role_id: crate::codec::optional(m, "RoleId", crate::FromValue::from_value)?,
            role_last_used: crate::codec::optional(
                m,
                "RoleLastUsed",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::optional(m, "RoleName", crate::FromValue::from_value)?,
            role_policy_list: crate::codec::optional(m, "RolePolicyList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleLastUsed {
    pub last_used_date: ::std::option::Option<crate::Timestamp>,
    pub region: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for RoleLastUsed {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.last_used_date {
            m.push(("LastUsedDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.region {
            m.push(("Region", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleLastUsed {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            last_used_date: crate::codec::optional(
                m,
                "LastUsedDate",
                crate::FromValue::from_value,
            )?,
            region: crate::codec::optional(m, "Region", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleModifiedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl RoleModifiedException {
    pub const CODE: &'static str = "RoleModified";
    pub const HTTP_STATUS: u16 = 409;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RoleModifiedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleModifiedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleTemplateDisabledException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl RoleTemplateDisabledException {
    pub const CODE: &'static str = "RoleTemplateDisabled";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for RoleTemplateDisabledException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleTemplateDisabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleTemplateVersion {
    pub assume_role_policy_document_template: ::std::option::Option<::std::string::String>,
    pub create_timestamp: ::std::option::Option<crate::Timestamp>,
    pub default_minor_version: ::std::option::Option<i32>,
    pub description: ::std::option::Option<::std::string::String>,
    pub enabled: ::std::option::Option<bool>,
    pub inline_policy_templates: ::std::option::Option<::std::vec::Vec<InlinePolicy>>,
    pub major_version: ::std::option::Option<i32>,
    pub managed_by_type: ::std::option::Option<managedByTypeType>,
    pub managed_by_value: ::std::option::Option<::std::string::String>,
    pub managed_policy_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub max_session_duration: ::std::option::Option<i32>,
    pub minor_version: ::std::option::Option<i32>,
    pub parameters_definition: ::std::option::Option<::std::vec::Vec<ParameterDefinition>>,
    pub permission_boundary_arn: ::std::option::Option<::std::string::String>,
    pub role_description_pattern: ::std::option::Option<::std::string::String>,
    pub role_name_pattern: ::std::option::Option<::std::string::String>,
    pub role_path_pattern: ::std::option::Option<::std::string::String>,
    pub role_tags_template: ::std::option::Option<::std::vec::Vec<TagTemplate>>,
    pub template_arn: ::std::option::Option<::std::string::String>,
    pub template_name: ::std::option::Option<::std::string::String>,
    pub template_version_id: ::std::option::Option<::std::string::String>,
    pub update_timestamp: ::std::option::Option<crate::Timestamp>,
    pub version_enabled: ::std::option::Option<bool>,
}

impl crate::ToValue for RoleTemplateVersion {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(23);
        if let Some(x) = &self.assume_role_policy_document_template {
            m.push((
                "AssumeRolePolicyDocumentTemplate",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.create_timestamp {
            m.push(("CreateTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.default_minor_version {
            m.push(("DefaultMinorVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enabled {
            m.push(("Enabled", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.inline_policy_templates {
            m.push((
                "InlinePolicyTemplates",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.major_version {
            m.push(("MajorVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_by_type {
            m.push(("ManagedByType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_by_value {
            m.push(("ManagedByValue", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.managed_policy_arns {
            m.push((
                "ManagedPolicyArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.max_session_duration {
            m.push(("MaxSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minor_version {
            m.push(("MinorVersion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.parameters_definition {
            m.push((
                "ParametersDefinition",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.permission_boundary_arn {
            m.push(("PermissionBoundaryArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_description_pattern {
            m.push(("RoleDescriptionPattern", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_name_pattern {
            m.push(("RoleNamePattern", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_path_pattern {
            m.push(("RolePathPattern", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.role_tags_template {
            m.push((
                "RoleTagsTemplate",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.template_arn {
            m.push(("TemplateArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.template_name {
            m.push(("TemplateName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.template_version_id {
            m.push(("TemplateVersionId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.update_timestamp {
            m.push(("UpdateTimestamp", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.version_enabled {
            m.push(("VersionEnabled", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleTemplateVersion {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            assume_role_policy_document_template: crate::codec::optional(
                m,
                "AssumeRolePolicyDocumentTemplate",
                crate::FromValue::from_value,
            )?,
            create_timestamp: crate::codec::optional(
                m,
                "CreateTimestamp",
                crate::FromValue::from_value,
            )?,
            default_minor_version: crate::codec::optional(
                m,
                "DefaultMinorVersion",
                crate::FromValue::from_value,
            )?,
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            enabled: crate::codec::optional(m, "Enabled", crate::FromValue::from_value)?,
            inline_policy_templates: crate::codec::optional(
                m,
                "InlinePolicyTemplates",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            major_version: crate::codec::optional(m, "MajorVersion", crate::FromValue::from_value)?,
            managed_by_type: crate::codec::optional(
                m,
                "ManagedByType",
                crate::FromValue::from_value,
            )?,
            managed_by_value: crate::codec::optional(
                m,
                "ManagedByValue",
                crate::FromValue::from_value,
            )?,
            managed_policy_arns: crate::codec::optional(
                m,
                "ManagedPolicyArns",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            max_session_duration: crate::codec::optional(
                m,
                "MaxSessionDuration",
                crate::FromValue::from_value,
            )?,
            minor_version: crate::codec::optional(m, "MinorVersion", crate::FromValue::from_value)?,
            parameters_definition: crate::codec::optional(
                m,
                "ParametersDefinition",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            permission_boundary_arn: crate::codec::optional(
                m,
                "PermissionBoundaryArn",
                crate::FromValue::from_value,
            )?,
            role_description_pattern: crate::codec::optional(
                m,
                "RoleDescriptionPattern",
                crate::FromValue::from_value,
            )?,
            role_name_pattern: crate::codec::optional(
                m,
                "RoleNamePattern",
                crate::FromValue::from_value,
            )?,
            role_path_pattern: crate::codec::optional(
                m,
                "RolePathPattern",
                crate::FromValue::from_value,
            )?,
            role_tags_template: crate::codec::optional(
                m,
                "RoleTagsTemplate",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            template_arn: crate::codec::optional(m, "TemplateArn", crate::FromValue::from_value)?,
            template_name: crate::codec::optional(m, "TemplateName", crate::FromValue::from_value)?,
            template_version_id: crate::codec::optional(
                m,
                "TemplateVersionId",
                crate::FromValue::from_value,
            )?,
            update_timestamp: crate::codec::optional(
                m,
                "UpdateTimestamp",
                crate::FromValue::from_value,
            )?,
            version_enabled: crate::codec::optional(
                m,
                "VersionEnabled",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleUsageType {
    pub region: ::std::option::Option<::std::string::String>,
    pub resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for RoleUsageType {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.region {
            m.push(("Region", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resources {
            m.push((
                "Resources",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for RoleUsageType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            region: crate::codec::optional(m, "Region", crate::FromValue::from_value)?,
            resources: crate::codec::optional(m, "Resources", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLKeyHashEntry {
    pub issuer_url: ::std::option::Option<::std::string::String>,
    pub key_hashes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl crate::ToValue for SAMLKeyHashEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.issuer_url {
            m.push(("IssuerURL", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.key_hashes {
            m.push((
                "KeyHashes",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SAMLKeyHashEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            issuer_url: crate::codec::optional(m, "IssuerURL", crate::FromValue::from_value)?,
            key_hashes: crate::codec::optional(m, "KeyHashes", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLPrivateKey {
    pub key_id: ::std::option::Option<::std::string::String>,
    pub timestamp: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for SAMLPrivateKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.key_id {
            m.push(("KeyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.timestamp {
            m.push(("Timestamp", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SAMLPrivateKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key_id: crate::codec::optional(m, "KeyId", crate::FromValue::from_value)?,
            timestamp: crate::codec::optional(m, "Timestamp", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SAMLProviderListEntry {
    pub arn: ::std::option::Option<::std::string::String>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub is_trusted_identity_propagation_enabled: ::std::option::Option<bool>,
    pub valid_until: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for SAMLProviderListEntry {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.is_trusted_identity_propagation_enabled {
            m.push((
                "IsTrustedIdentityPropagationEnabled",
                crate::ToValue::to_value(x),
            ));
        }
        if let Some(x) = &self.valid_until {
            m.push(("ValidUntil", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SAMLProviderListEntry {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            is_trusted_identity_propagation_enabled: crate::codec::optional(
                m,
                "IsTrustedIdentityPropagationEnabled",
                crate::FromValue::from_value,
            )?,
            valid_until: crate::codec::optional(m, "ValidUntil", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SSHPublicKey {
    pub fingerprint: ::std::string::String,
    pub ssh_public_key_body: ::std::string::String,
    pub ssh_public_key_id: ::std::string::String,
    pub status: statusType,
    pub upload_date: ::std::option::Option<crate::Timestamp>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for SSHPublicKey {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push(("Fingerprint", crate::ToValue::to_value(&self.fingerprint)));
        m.push((
            "SSHPublicKeyBody",
            crate::ToValue::to_value(&self.ssh_public_key_body),
        ));
        m.push((
            "SSHPublicKeyId",
            crate::ToValue::to_value(&self.ssh_public_key_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.upload_date {
            m.push(("UploadDate", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SSHPublicKey {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            fingerprint: crate::codec::required(m, "Fingerprint", crate::FromValue::from_value)?,
            ssh_public_key_body: crate::codec::required(
                m,
                "SSHPublicKeyBody",
                crate::FromValue::from_value,
            )?,
            ssh_public_key_id: crate::codec::required(
                m,
                "SSHPublicKeyId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            upload_date: crate::codec::optional(m, "UploadDate", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SSHPublicKeyMetadata {
    pub ssh_public_key_id: ::std::string::String,
    pub status: statusType,
    pub upload_date: crate::Timestamp,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for SSHPublicKeyMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "SSHPublicKeyId",
            crate::ToValue::to_value(&self.ssh_public_key_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        m.push(("UploadDate", crate::ToValue::to_value(&self.upload_date)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SSHPublicKeyMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key_id: crate::codec::required(
                m,
                "SSHPublicKeyId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            upload_date: crate::codec::required(m, "UploadDate", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDelegationTokenRequest {
    pub delegation_request_id: ::std::string::String,
}

impl crate::ToValue for SendDelegationTokenRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SendDelegationTokenRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerCertificate {
    pub certificate_body: ::std::string::String,
    pub certificate_chain: ::std::option::Option<::std::string::String>,
    pub server_certificate_metadata: ServerCertificateMetadata,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for ServerCertificate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        m.push((
            "CertificateBody",
            crate::ToValue::to_value(&self.certificate_body),
        ));
        if let Some(x) = &self.certificate_chain {
            m.push(("CertificateChain", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServerCertificateMetadata",
            crate::ToValue::to_value(&self.server_certificate_metadata),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServerCertificate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_body: crate::codec::required(
                m,
                "CertificateBody",
                crate::FromValue::from_value,
            )?,
            certificate_chain: crate::codec::optional(
                m,
                "CertificateChain",
                crate::FromValue::from_value,
            )?,
            server_certificate_metadata: crate::codec::required(
                m,
                "ServerCertificateMetadata",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerCertificateMetadata {
    pub arn: ::std::string::String,
    pub expiration: ::std::option::Option<crate::Timestamp>,
    pub path: ::std::string::String,
    pub server_certificate_id: ::std::string::String,
    pub server_certificate_name: ::std::string::String,
    pub upload_date: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for ServerCertificateMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        if let Some(x) = &self.expiration {
            m.push(("Expiration", crate::ToValue::to_value(x)));
        }
        m.push(("Path", crate::ToValue::to_value(&self.path)));
        m.push((
            "ServerCertificateId",
            crate::ToValue::to_value(&self.server_certificate_id),
        ));
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        if let Some(x) = &self.upload_date {
            m.push(("UploadDate", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServerCertificateMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            expiration: crate::codec::optional(m, "Expiration", crate::FromValue::from_value)?,
            path: crate::codec::required(m, "Path", crate::FromValue::from_value)?,
            server_certificate_id: crate::codec::required(
                m,
                "ServerCertificateId",
                crate::FromValue::from_value,
            )?,
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
            upload_date: crate::codec::optional(m, "UploadDate", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceAccessNotEnabledException {}

impl ServiceAccessNotEnabledException {
    pub const CODE: &'static str = "ServiceAccessNotEnabledException";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceAccessNotEnabledException {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for ServiceAccessNotEnabledException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceFailureException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ServiceFailureException {
    pub const CODE: &'static str = "ServiceFailure";
    pub const HTTP_STATUS: u16 = 500;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceFailureException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceFailureException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceLastAccessed {
    pub last_authenticated: ::std::option::Option<crate::Timestamp>,
    pub last_authenticated_entity: ::std::option::Option<::std::string::String>,
    pub last_authenticated_region: ::std::option::Option<::std::string::String>,
    pub service_name: ::std::string::String,
    pub service_namespace: ::std::string::String,
    pub total_authenticated_entities: ::std::option::Option<i32>,
    pub tracked_actions_last_accessed:
        ::std::option::Option<::std::vec::Vec<TrackedActionLastAccessed>>,
}

impl crate::ToValue for ServiceLastAccessed {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(7);
        if let Some(x) = &self.last_authenticated {
            m.push(("LastAuthenticated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_authenticated_entity {
            m.push(("LastAuthenticatedEntity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_authenticated_region {
            m.push(("LastAuthenticatedRegion", crate::ToValue::to_value(x)));
        }
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        m.push((
            "ServiceNamespace",
            crate::ToValue::to_value(&self.service_namespace),
        ));
        if let Some(x) = &self.total_authenticated_entities {
            m.push(("TotalAuthenticatedEntities", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tracked_actions_last_accessed {
            m.push((
                "TrackedActionsLastAccessed",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceLastAccessed {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            last_authenticated: crate::codec::optional(
                m,
                "LastAuthenticated",
                crate::FromValue::from_value,
            )?,
            last_authenticated_entity: crate::codec::optional(
                m,
                "LastAuthenticatedEntity",
                crate::FromValue::from_value,
            )?,
            last_authenticated_region: crate::codec::optional(
                m,
                "LastAuthenticatedRegion",
                crate::FromValue::from_value,
            )?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
            service_namespace: crate::codec::required(
                m,
                "ServiceNamespace",
                crate::FromValue::from_value,
            )?,
            total_authenticated_entities: crate::codec::optional(
                m,
                "TotalAuthenticatedEntities",
                crate::FromValue::from_value,
            )?,
            tracked_actions_last_accessed: crate::codec::optional(
                m,
                "TrackedActionsLastAccessed",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServiceNotSupportedException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl ServiceNotSupportedException {
    pub const CODE: &'static str = "NotSupportedService";
    pub const HTTP_STATUS: u16 = 404;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for ServiceNotSupportedException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceNotSupportedException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq)]
pub struct ServiceSpecificCredential {
    pub create_date: crate::Timestamp,
    pub expiration_date: ::std::option::Option<crate::Timestamp>,
    pub service_credential_alias: ::std::option::Option<::std::string::String>,
    pub service_credential_secret: ::std::option::Option<::std::string::String>,
    pub service_name: ::std::string::String,
    pub service_password: ::std::option::Option<::std::string::String>,
    pub service_specific_credential_id: ::std::string::String,
    pub service_user_name: ::std::option::Option<::std::string::String>,
    pub status: statusType,
    pub user_name: ::std::string::String,
}

impl ::std::fmt::Debug for ServiceSpecificCredential {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServiceSpecificCredential")
            .field("create_date", &self.create_date)
            .field("expiration_date", &self.expiration_date)
            .field("service_credential_alias", &self.service_credential_alias)
            .field("service_credential_secret", &"<redacted>")
            .field("service_name", &self.service_name)
            .field("service_password", &"<redacted>")
            .field(
                "service_specific_credential_id",
                &self.service_specific_credential_id,
            )
            .field("service_user_name", &self.service_user_name)
            .field("status", &self.status)
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for ServiceSpecificCredential {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        if let Some(x) = &self.expiration_date {
            m.push(("ExpirationDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_credential_alias {
            m.push(("ServiceCredentialAlias", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_credential_secret {
            m.push(("ServiceCredentialSecret", crate::ToValue::to_value(x)));
        }
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        if let Some(x) = &self.service_password {
            m.push(("ServicePassword", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServiceSpecificCredentialId",
            crate::ToValue::to_value(&self.service_specific_credential_id),
        ));
        if let Some(x) = &self.service_user_name {
            m.push(("ServiceUserName", crate::ToValue::to_value(x)));
        }
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceSpecificCredential {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            expiration_date: crate::codec::optional(
                m,
                "ExpirationDate",
                crate::FromValue::from_value,
            )?,
            service_credential_alias: crate::codec::optional(
                m,
                "ServiceCredentialAlias",
                crate::FromValue::from_value,
            )?,
            service_credential_secret: crate::codec::optional(
                m,
                "ServiceCredentialSecret",
                crate::FromValue::from_value,
            )?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
            service_password: crate::codec::optional(
                m,
                "ServicePassword",
                crate::FromValue::from_value,
            )?,
            service_specific_credential_id: crate::codec::required(
                m,
                "ServiceSpecificCredentialId",
                crate::FromValue::from_value,
            )?,
            service_user_name: crate::codec::optional(
                m,
                "ServiceUserName",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ServiceSpecificCredentialMetadata {
    pub create_date: crate::Timestamp,
    pub expiration_date: ::std::option::Option<crate::Timestamp>,
    pub service_credential_alias: ::std::option::Option<::std::string::String>,
    pub service_name: ::std::string::String,
    pub service_specific_credential_id: ::std::string::String,
    pub service_user_name: ::std::option::Option<::std::string::String>,
    pub status: statusType,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for ServiceSpecificCredentialMetadata {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        if let Some(x) = &self.expiration_date {
            m.push(("ExpirationDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.service_credential_alias {
            m.push(("ServiceCredentialAlias", crate::ToValue::to_value(x)));
        }
        m.push(("ServiceName", crate::ToValue::to_value(&self.service_name)));
        m.push((
            "ServiceSpecificCredentialId",
            crate::ToValue::to_value(&self.service_specific_credential_id),
        ));
        if let Some(x) = &self.service_user_name {
            m.push(("ServiceUserName", crate::ToValue::to_value(x)));
        }
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for ServiceSpecificCredentialMetadata {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            expiration_date: crate::codec::optional(
                m,
                "ExpirationDate",
                crate::FromValue::from_value,
            )?,
            service_credential_alias: crate::codec::optional(
                m,
                "ServiceCredentialAlias",
                crate::FromValue::from_value,
            )?,
            service_name: crate::codec::required(m, "ServiceName", crate::FromValue::from_value)?,
            service_specific_credential_id: crate::codec::required(
                m,
                "ServiceSpecificCredentialId",
                crate::FromValue::from_value,
            )?,
            service_user_name: crate::codec::optional(
                m,
                "ServiceUserName",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetDefaultPolicyVersionRequest {
    pub policy_arn: ::std::string::String,
    pub version_id: ::std::string::String,
}

impl crate::ToValue for SetDefaultPolicyVersionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push(("VersionId", crate::ToValue::to_value(&self.version_id)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SetDefaultPolicyVersionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            version_id: crate::codec::required(m, "VersionId", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SetSecurityTokenServicePreferencesRequest {
    pub global_endpoint_token_version: globalEndpointTokenVersion,
}

impl crate::ToValue for SetSecurityTokenServicePreferencesRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push((
            "GlobalEndpointTokenVersion",
            crate::ToValue::to_value(&self.global_endpoint_token_version),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SetSecurityTokenServicePreferencesRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            global_endpoint_token_version: crate::codec::required(
                m,
                "GlobalEndpointTokenVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SigningCertificate {
    pub certificate_body: ::std::string::String,
    pub certificate_id: ::std::string::String,
    pub status: statusType,
    pub upload_date: ::std::option::Option<crate::Timestamp>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for SigningCertificate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        m.push((
            "CertificateBody",
            crate::ToValue::to_value(&self.certificate_body),
        ));
        m.push((
            "CertificateId",
            crate::ToValue::to_value(&self.certificate_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.upload_date {
            m.push(("UploadDate", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SigningCertificate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_body: crate::codec::required(
                m,
                "CertificateBody",
                crate::FromValue::from_value,
            )?,
            certificate_id: crate::codec::required(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            upload_date: crate::codec::optional(m, "UploadDate", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulateCustomPolicyRequest {
    pub action_names: ::std::vec::Vec<::std::string::String>,
    pub caller_arn: ::std::option::Option<::std::string::String>,
    pub context_entries: ::std::option::Option<::std::vec::Vec<ContextEntry>>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub ordered_organization_policy_input_list:
        ::std::option::Option<::std::vec::Vec<OrderedOrganizationPolicyType>>,
    pub permissions_boundary_policy_input_list:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub policy_input_list: ::std::vec::Vec<::std::string::String>,
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub resource_handling_option: ::std::option::Option<::std::string::String>,
    pub resource_owner: ::std::option::Option<::std::string::String>,
    pub resource_policy: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SimulateCustomPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(12);
        m.push((
            "ActionNames",
            crate::codec::list_to_value(&self.action_names, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.caller_arn {
            m.push(("CallerArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_entries {
            m.push((
                "ContextEntries",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.ordered_organization_policy_input_list {
            m.push((
                "OrderedOrganizationPolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.permissions_boundary_policy_input_list {
            m.push((
                "PermissionsBoundaryPolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "PolicyInputList",
            crate::codec::list_to_value(&self.policy_input_list, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.resource_arns {
            m.push((
                "ResourceArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.resource_handling_option {
            m.push(("ResourceHandlingOption", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_owner {
            m.push(("ResourceOwner", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_policy {
            m.push(("ResourcePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SimulateCustomPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action_names: crate::codec::required(m, "ActionNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            caller_arn: crate::codec::optional(m, "CallerArn", crate::FromValue::from_value)?,
            context_entries: crate::codec::optional(m, "ContextEntries", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            ordered_organization_policy_input_list: crate::codec::optional(
                m,
                "OrderedOrganizationPolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            permissions_boundary_policy_input_list: crate::codec::optional(
                m,
                "PermissionsBoundaryPolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            policy_input_list: crate::codec::required(
                m,
                "PolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            resource_arns: crate::codec::optional(m, "ResourceArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            resource_handling_option: crate::codec::optional(
                m,
                "ResourceHandlingOption",
                crate::FromValue::from_value,
            )?,
            resource_owner: crate::codec::optional(
                m,
                "ResourceOwner",
                crate::FromValue::from_value,
            )?,
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulatePolicyResponse {
    pub evaluation_results: ::std::option::Option<::std::vec::Vec<EvaluationResult>>,
    pub is_truncated: ::std::option::Option<bool>,
    pub marker: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SimulatePolicyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.evaluation_results {
            m.push((
                "EvaluationResults",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.is_truncated {
            m.push(("IsTruncated", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SimulatePolicyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            evaluation_results: crate::codec::optional(
                m,
                "EvaluationResults",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            is_truncated: crate::codec::optional(m, "IsTruncated", crate::FromValue::from_value)?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimulatePrincipalPolicyRequest {
    pub action_names: ::std::vec::Vec<::std::string::String>,
    pub caller_arn: ::std::option::Option<::std::string::String>,
    pub context_entries: ::std::option::Option<::std::vec::Vec<ContextEntry>>,
    pub marker: ::std::option::Option<::std::string::String>,
    pub max_items: ::std::option::Option<i32>,
    pub permissions_boundary_policy_input_list:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub policy_exclusion_list: ::std::option::Option<::std::vec::Vec<PolicyIdentifier>>,
    pub policy_input_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub policy_source_arn: ::std::string::String,
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub resource_handling_option: ::std::option::Option<::std::string::String>,
    pub resource_owner: ::std::option::Option<::std::string::String>,
    pub resource_policy: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for SimulatePrincipalPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(13);
        m.push((
            "ActionNames",
            crate::codec::list_to_value(&self.action_names, |x0| crate::ToValue::to_value(x0)),
        ));
        if let Some(x) = &self.caller_arn {
            m.push(("CallerArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_entries {
            m.push((
                "ContextEntries",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.marker {
            m.push(("Marker", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_items {
            m.push(("MaxItems", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary_policy_input_list {
            m.push((
                "PermissionsBoundaryPolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.policy_exclusion_list {
            m.push((
                "PolicyExclusionList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.policy_input_list {
            m.push((
                "PolicyInputList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push((
            "PolicySourceArn",
            crate::ToValue::to_value(&self.policy_source_arn),
        ));
        if let Some(x) = &self.resource_arns {
            m.push((
                "ResourceArns",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.resource_handling_option {
            m.push(("ResourceHandlingOption", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_owner {
            m.push(("ResourceOwner", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.resource_policy {
            m.push(("ResourcePolicy", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SimulatePrincipalPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action_names: crate::codec::required(m, "ActionNames", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            caller_arn: crate::codec::optional(m, "CallerArn", crate::FromValue::from_value)?,
            context_entries: crate::codec::optional(m, "ContextEntries", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            marker: crate::codec::optional(m, "Marker", crate::FromValue::from_value)?,
            max_items: crate::codec::optional(m, "MaxItems", crate::FromValue::from_value)?,
            permissions_boundary_policy_input_list: crate::codec::optional(
                m,
                "PermissionsBoundaryPolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            policy_exclusion_list: crate::codec::optional(
                m,
                "PolicyExclusionList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            policy_input_list: crate::codec::optional(
                m,
                "PolicyInputList",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            policy_source_arn: crate::codec::required(
                m,
                "PolicySourceArn",
                crate::FromValue::from_value,
            )?,
            resource_arns: crate::codec::optional(m, "ResourceArns", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            resource_handling_option: crate::codec::optional(
                m,
                "ResourceHandlingOption",
                crate::FromValue::from_value,
            )?,
            resource_owner: crate::codec::optional(
                m,
                "ResourceOwner",
                crate::FromValue::from_value,
            )?,
            resource_policy: crate::codec::optional(
                m,
                "ResourcePolicy",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceRoleTemplate {
    pub template_arn: ::std::string::String,
    pub template_minor_version: i32,
}

impl crate::ToValue for SourceRoleTemplate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("TemplateArn", crate::ToValue::to_value(&self.template_arn)));
        m.push((
            "TemplateMinorVersion",
            crate::ToValue::to_value(&self.template_minor_version),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for SourceRoleTemplate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            template_arn: crate::codec::required(m, "TemplateArn", crate::FromValue::from_value)?,
            template_minor_version: crate::codec::required(
                m,
                "TemplateMinorVersion",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Statement {
    pub end_position: ::std::option::Option<Position>,
    pub source_policy_id: ::std::option::Option<::std::string::String>,
    pub source_policy_type: ::std::option::Option<PolicySourceType>,
    pub start_position: ::std::option::Option<Position>,
}

impl crate::ToValue for Statement {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.end_position {
            m.push(("EndPosition", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_policy_id {
            m.push(("SourcePolicyId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.source_policy_type {
            m.push(("SourcePolicyType", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.start_position {
            m.push(("StartPosition", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for Statement {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            end_position: crate::codec::optional(m, "EndPosition", crate::FromValue::from_value)?,
            source_policy_id: crate::codec::optional(
                m,
                "SourcePolicyId",
                crate::FromValue::from_value,
            )?,
            source_policy_type: crate::codec::optional(
                m,
                "SourcePolicyType",
                crate::FromValue::from_value,
            )?,
            start_position: crate::codec::optional(
                m,
                "StartPosition",
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
pub struct TagInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagMFADeviceRequest {
    pub serial_number: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagOpenIDConnectProviderRequest {
    pub open_id_connect_provider_arn: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagPolicyRequest {
    pub policy_arn: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagRoleRequest {
    pub role_name: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagSAMLProviderRequest {
    pub saml_provider_arn: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagServerCertificateRequest {
    pub server_certificate_name: ::std::string::String,
    pub tags: ::std::vec::Vec<Tag>,
}

impl crate::ToValue for TagServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagTemplate {
    pub key: ::std::string::String,
    pub value: ::std::string::String,
}

impl crate::ToValue for TagTemplate {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Key", crate::ToValue::to_value(&self.key)));
        m.push(("Value", crate::ToValue::to_value(&self.value)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagTemplate {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            key: crate::codec::required(m, "Key", crate::FromValue::from_value)?,
            value: crate::codec::required(m, "Value", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TagUserRequest {
    pub tags: ::std::vec::Vec<Tag>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for TagUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "Tags",
            crate::codec::list_to_value(&self.tags, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TagUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            tags: crate::codec::required(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrackedActionLastAccessed {
    pub action_name: ::std::option::Option<::std::string::String>,
    pub last_accessed_entity: ::std::option::Option<::std::string::String>,
    pub last_accessed_region: ::std::option::Option<::std::string::String>,
    pub last_accessed_time: ::std::option::Option<crate::Timestamp>,
}

impl crate::ToValue for TrackedActionLastAccessed {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(4);
        if let Some(x) = &self.action_name {
            m.push(("ActionName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_accessed_entity {
            m.push(("LastAccessedEntity", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_accessed_region {
            m.push(("LastAccessedRegion", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.last_accessed_time {
            m.push(("LastAccessedTime", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for TrackedActionLastAccessed {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            action_name: crate::codec::optional(m, "ActionName", crate::FromValue::from_value)?,
            last_accessed_entity: crate::codec::optional(
                m,
                "LastAccessedEntity",
                crate::FromValue::from_value,
            )?,
            last_accessed_region: crate::codec::optional(
                m,
                "LastAccessedRegion",
                crate::FromValue::from_value,
            )?,
            last_accessed_time: crate::codec::optional(
                m,
                "LastAccessedTime",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnmodifiableEntityException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl UnmodifiableEntityException {
    pub const CODE: &'static str = "UnmodifiableEntity";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnmodifiableEntityException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnmodifiableEntityException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnrecognizedPublicKeyEncodingException {
    pub message: ::std::option::Option<::std::string::String>,
}

impl UnrecognizedPublicKeyEncodingException {
    pub const CODE: &'static str = "UnrecognizedPublicKeyEncoding";
    pub const HTTP_STATUS: u16 = 400;
    pub const SENDER_FAULT: bool = true;
}

impl crate::ToValue for UnrecognizedPublicKeyEncodingException {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.message {
            m.push(("message", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UnrecognizedPublicKeyEncodingException {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            message: crate::codec::optional(m, "message", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagInstanceProfileRequest {
    pub instance_profile_name: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagInstanceProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "InstanceProfileName",
            crate::ToValue::to_value(&self.instance_profile_name),
        ));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagInstanceProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            instance_profile_name: crate::codec::required(
                m,
                "InstanceProfileName",
                crate::FromValue::from_value,
            )?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagMFADeviceRequest {
    pub serial_number: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagMFADeviceRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagMFADeviceRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagOpenIDConnectProviderRequest {
    pub open_id_connect_provider_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagPolicyRequest {
    pub policy_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("PolicyArn", crate::ToValue::to_value(&self.policy_arn)));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_arn: crate::codec::required(m, "PolicyArn", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagRoleRequest {
    pub role_name: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagSAMLProviderRequest {
    pub saml_provider_arn: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagServerCertificateRequest {
    pub server_certificate_name: ::std::string::String,
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UntagServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UntagUserRequest {
    pub tag_keys: ::std::vec::Vec<::std::string::String>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for UntagUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "TagKeys",
            crate::codec::list_to_value(&self.tag_keys, |x0| crate::ToValue::to_value(x0)),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UntagUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            tag_keys: crate::codec::required(m, "TagKeys", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateAccessKeyRequest {
    pub access_key_id: ::std::string::String,
    pub status: statusType,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateAccessKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("AccessKeyId", crate::ToValue::to_value(&self.access_key_id)));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateAccessKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            access_key_id: crate::codec::required(m, "AccessKeyId", crate::FromValue::from_value)?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateAccountPasswordPolicyRequest {
    pub allow_users_to_change_password: ::std::option::Option<bool>,
    pub hard_expiry: ::std::option::Option<bool>,
    pub max_password_age: ::std::option::Option<i32>,
    pub minimum_password_length: ::std::option::Option<i32>,
    pub password_reuse_prevention: ::std::option::Option<i32>,
    pub require_lowercase_characters: ::std::option::Option<bool>,
    pub require_numbers: ::std::option::Option<bool>,
    pub require_symbols: ::std::option::Option<bool>,
    pub require_uppercase_characters: ::std::option::Option<bool>,
}

impl crate::ToValue for UpdateAccountPasswordPolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.allow_users_to_change_password {
            m.push(("AllowUsersToChangePassword", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.hard_expiry {
            m.push(("HardExpiry", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_password_age {
            m.push(("MaxPasswordAge", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.minimum_password_length {
            m.push(("MinimumPasswordLength", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password_reuse_prevention {
            m.push(("PasswordReusePrevention", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_lowercase_characters {
            m.push(("RequireLowercaseCharacters", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_numbers {
            m.push(("RequireNumbers", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_symbols {
            m.push(("RequireSymbols", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.require_uppercase_characters {
            m.push(("RequireUppercaseCharacters", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateAccountPasswordPolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            allow_users_to_change_password: crate::codec::optional(
                m,
                "AllowUsersToChangePassword",
                crate::FromValue::from_value,
            )?,
            hard_expiry: crate::codec::optional(m, "HardExpiry", crate::FromValue::from_value)?,
            max_password_age: crate::codec::optional(
                m,
                "MaxPasswordAge",
                crate::FromValue::from_value,
            )?,
            minimum_password_length: crate::codec::optional(
                m,
                "MinimumPasswordLength",
                crate::FromValue::from_value,
            )?,
            password_reuse_prevention: crate::codec::optional(
                m,
                "PasswordReusePrevention",
                crate::FromValue::from_value,
            )?,
            require_lowercase_characters: crate::codec::optional(
                m,
                "RequireLowercaseCharacters",
                crate::FromValue::from_value,
            )?,
            require_numbers: crate::codec::optional(
                m,
                "RequireNumbers",
                crate::FromValue::from_value,
            )?,
            require_symbols: crate::codec::optional(
                m,
                "RequireSymbols",
                crate::FromValue::from_value,
            )?,
            require_uppercase_characters: crate::codec::optional(
                m,
                "RequireUppercaseCharacters",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateAssumeRolePolicyRequest {
    pub policy_document: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for UpdateAssumeRolePolicyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "PolicyDocument",
            crate::ToValue::to_value(&self.policy_document),
        ));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateAssumeRolePolicyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            policy_document: crate::codec::required(
                m,
                "PolicyDocument",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateDelegationRequestRequest {
    pub delegation_request_id: ::std::string::String,
    pub notes: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateDelegationRequestRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "DelegationRequestId",
            crate::ToValue::to_value(&self.delegation_request_id),
        ));
        if let Some(x) = &self.notes {
            m.push(("Notes", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateDelegationRequestRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            delegation_request_id: crate::codec::required(
                m,
                "DelegationRequestId",
                crate::FromValue::from_value,
            )?,
            notes: crate::codec::optional(m, "Notes", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateGroupRequest {
    pub group_name: ::std::string::String,
    pub new_group_name: ::std::option::Option<::std::string::String>,
    pub new_path: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateGroupRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push(("GroupName", crate::ToValue::to_value(&self.group_name)));
        if let Some(x) = &self.new_group_name {
            m.push(("NewGroupName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.new_path {
            m.push(("NewPath", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateGroupRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            group_name: crate::codec::required(m, "GroupName", crate::FromValue::from_value)?,
            new_group_name: crate::codec::optional(
                m,
                "NewGroupName",
                crate::FromValue::from_value,
            )?,
            new_path: crate::codec::optional(m, "NewPath", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UpdateLoginProfileRequest {
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub password: ::std::option::Option<::std::string::String>,
    pub password_reset_required: ::std::option::Option<bool>,
    pub reset_max_signin_session_duration: ::std::option::Option<bool>,
    pub user_name: ::std::string::String,
}

impl ::std::fmt::Debug for UpdateLoginProfileRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateLoginProfileRequest")
            .field(
                "max_signin_session_duration",
                &self.max_signin_session_duration,
            )
            .field("password", &"<redacted>")
            .field("password_reset_required", &self.password_reset_required)
            .field(
                "reset_max_signin_session_duration",
                &self.reset_max_signin_session_duration,
            )
            .field("user_name", &self.user_name)
            .finish()
    }
}

impl crate::ToValue for UpdateLoginProfileRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password {
            m.push(("Password", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.password_reset_required {
            m.push(("PasswordResetRequired", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reset_max_signin_session_duration {
            m.push(("ResetMaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateLoginProfileRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            password: crate::codec::optional(m, "Password", crate::FromValue::from_value)?,
            password_reset_required: crate::codec::optional(
                m,
                "PasswordResetRequired",
                crate::FromValue::from_value,
            )?,
            reset_max_signin_session_duration: crate::codec::optional(
                m,
                "ResetMaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOpenIDConnectProviderRequest {
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub open_id_connect_provider_arn: ::std::string::String,
    pub remove_context_provider: ::std::option::Option<bool>,
    pub remove_identity_center_instance: ::std::option::Option<bool>,
}

impl crate::ToValue for UpdateOpenIDConnectProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        if let Some(x) = &self.remove_context_provider {
            m.push(("RemoveContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_identity_center_instance {
            m.push(("RemoveIdentityCenterInstance", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateOpenIDConnectProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
            remove_context_provider: crate::codec::optional(
                m,
                "RemoveContextProvider",
                crate::FromValue::from_value,
            )?,
            remove_identity_center_instance: crate::codec::optional(
                m,
                "RemoveIdentityCenterInstance",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateOpenIDConnectProviderThumbprintRequest {
    pub open_id_connect_provider_arn: ::std::string::String,
    pub thumbprint_list: ::std::vec::Vec<::std::string::String>,
}

impl crate::ToValue for UpdateOpenIDConnectProviderThumbprintRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "OpenIDConnectProviderArn",
            crate::ToValue::to_value(&self.open_id_connect_provider_arn),
        ));
        m.push((
            "ThumbprintList",
            crate::codec::list_to_value(&self.thumbprint_list, |x0| crate::ToValue::to_value(x0)),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateOpenIDConnectProviderThumbprintRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            open_id_connect_provider_arn: crate::codec::required(
                m,
                "OpenIDConnectProviderArn",
                crate::FromValue::from_value,
            )?,
            thumbprint_list: crate::codec::required(m, "ThumbprintList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleDescriptionRequest {
    pub description: ::std::string::String,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for UpdateRoleDescriptionRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push(("Description", crate::ToValue::to_value(&self.description)));
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateRoleDescriptionRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::required(m, "Description", crate::FromValue::from_value)?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleDescriptionResponse {
    pub role: ::std::option::Option<Role>,
}

impl crate::ToValue for UpdateRoleDescriptionResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.role {
            m.push(("Role", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateRoleDescriptionResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            role: crate::codec::optional(m, "Role", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleRequest {
    pub description: ::std::option::Option<::std::string::String>,
    pub max_session_duration: ::std::option::Option<i32>,
    pub max_signin_session_duration: ::std::option::Option<i32>,
    pub reset_max_signin_session_duration: ::std::option::Option<bool>,
    pub role_name: ::std::string::String,
}

impl crate::ToValue for UpdateRoleRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(5);
        if let Some(x) = &self.description {
            m.push(("Description", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_session_duration {
            m.push(("MaxSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.max_signin_session_duration {
            m.push(("MaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.reset_max_signin_session_duration {
            m.push(("ResetMaxSigninSessionDuration", crate::ToValue::to_value(x)));
        }
        m.push(("RoleName", crate::ToValue::to_value(&self.role_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateRoleRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            description: crate::codec::optional(m, "Description", crate::FromValue::from_value)?,
            max_session_duration: crate::codec::optional(
                m,
                "MaxSessionDuration",
                crate::FromValue::from_value,
            )?,
            max_signin_session_duration: crate::codec::optional(
                m,
                "MaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            reset_max_signin_session_duration: crate::codec::optional(
                m,
                "ResetMaxSigninSessionDuration",
                crate::FromValue::from_value,
            )?,
            role_name: crate::codec::required(m, "RoleName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateRoleResponse {}

impl crate::ToValue for UpdateRoleResponse {
    fn to_value(&self) -> crate::Value {
        crate::Value::Structure(::std::vec::Vec::new())
    }
}

impl crate::FromValue for UpdateRoleResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::structure(value)?;
        Ok(Self {})
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UpdateSAMLProviderRequest {
    pub add_private_key: ::std::option::Option<::std::string::String>,
    pub assertion_encryption_mode: ::std::option::Option<assertionEncryptionModeType>,
    pub context_provider: ::std::option::Option<ContextProvider>,
    pub identity_center_instance_arn: ::std::option::Option<::std::string::String>,
    pub remove_context_provider: ::std::option::Option<bool>,
    pub remove_identity_center_instance: ::std::option::Option<bool>,
    pub remove_private_key: ::std::option::Option<::std::string::String>,
    pub saml_metadata_document: ::std::option::Option<::std::string::String>,
    pub saml_provider_arn: ::std::string::String,
}

impl ::std::fmt::Debug for UpdateSAMLProviderRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateSAMLProviderRequest")
            .field("add_private_key", &"<redacted>")
            .field("assertion_encryption_mode", &self.assertion_encryption_mode)
            .field("context_provider", &self.context_provider)
            .field(
                "identity_center_instance_arn",
                &self.identity_center_instance_arn,
            )
            .field("remove_context_provider", &self.remove_context_provider)
            .field(
                "remove_identity_center_instance",
                &self.remove_identity_center_instance,
            )
            .field("remove_private_key", &self.remove_private_key)
            .field("saml_metadata_document", &self.saml_metadata_document)
            .field("saml_provider_arn", &self.saml_provider_arn)
            .finish()
    }
}

impl crate::ToValue for UpdateSAMLProviderRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(9);
        if let Some(x) = &self.add_private_key {
            m.push(("AddPrivateKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.assertion_encryption_mode {
            m.push(("AssertionEncryptionMode", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.context_provider {
            m.push(("ContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.identity_center_instance_arn {
            m.push(("IdentityCenterInstanceArn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_context_provider {
            m.push(("RemoveContextProvider", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_identity_center_instance {
            m.push(("RemoveIdentityCenterInstance", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.remove_private_key {
            m.push(("RemovePrivateKey", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.saml_metadata_document {
            m.push(("SAMLMetadataDocument", crate::ToValue::to_value(x)));
        }
        m.push((
            "SAMLProviderArn",
            crate::ToValue::to_value(&self.saml_provider_arn),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSAMLProviderRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            add_private_key: crate::codec::optional(
                m,
                "AddPrivateKey",
                crate::FromValue::from_value,
            )?,
            assertion_encryption_mode: crate::codec::optional(
                m,
                "AssertionEncryptionMode",
                crate::FromValue::from_value,
            )?,
            context_provider: crate::codec::optional(
                m,
                "ContextProvider",
                crate::FromValue::from_value,
            )?,
            identity_center_instance_arn: crate::codec::optional(
                m,
                "IdentityCenterInstanceArn",
                crate::FromValue::from_value,
            )?,
            remove_context_provider: crate::codec::optional(
                m,
                "RemoveContextProvider",
                crate::FromValue::from_value,
            )?,
            remove_identity_center_instance: crate::codec::optional(
                m,
                "RemoveIdentityCenterInstance",
                crate::FromValue::from_value,
            )?,
            remove_private_key: crate::codec::optional(
                m,
                "RemovePrivateKey",
                crate::FromValue::from_value,
            )?,
            saml_metadata_document: crate::codec::optional(
                m,
                "SAMLMetadataDocument",
                crate::FromValue::from_value,
            )?,
            saml_provider_arn: crate::codec::required(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateSAMLProviderResponse {
    pub saml_provider_arn: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateSAMLProviderResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.saml_provider_arn {
            m.push(("SAMLProviderArn", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSAMLProviderResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            saml_provider_arn: crate::codec::optional(
                m,
                "SAMLProviderArn",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSSHPublicKeyRequest {
    pub ssh_public_key_id: ::std::string::String,
    pub status: statusType,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for UpdateSSHPublicKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "SSHPublicKeyId",
            crate::ToValue::to_value(&self.ssh_public_key_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSSHPublicKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key_id: crate::codec::required(
                m,
                "SSHPublicKeyId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateServerCertificateRequest {
    pub new_path: ::std::option::Option<::std::string::String>,
    pub new_server_certificate_name: ::std::option::Option<::std::string::String>,
    pub server_certificate_name: ::std::string::String,
}

impl crate::ToValue for UpdateServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.new_path {
            m.push(("NewPath", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.new_server_certificate_name {
            m.push(("NewServerCertificateName", crate::ToValue::to_value(x)));
        }
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            new_path: crate::codec::optional(m, "NewPath", crate::FromValue::from_value)?,
            new_server_certificate_name: crate::codec::optional(
                m,
                "NewServerCertificateName",
                crate::FromValue::from_value,
            )?,
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateServiceSpecificCredentialRequest {
    pub service_specific_credential_id: ::std::string::String,
    pub status: statusType,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateServiceSpecificCredentialRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "ServiceSpecificCredentialId",
            crate::ToValue::to_value(&self.service_specific_credential_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateServiceSpecificCredentialRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            service_specific_credential_id: crate::codec::required(
                m,
                "ServiceSpecificCredentialId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UpdateSigningCertificateRequest {
    pub certificate_id: ::std::string::String,
    pub status: statusType,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UpdateSigningCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        m.push((
            "CertificateId",
            crate::ToValue::to_value(&self.certificate_id),
        ));
        m.push(("Status", crate::ToValue::to_value(&self.status)));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateSigningCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_id: crate::codec::required(
                m,
                "CertificateId",
                crate::FromValue::from_value,
            )?,
            status: crate::codec::required(m, "Status", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateUserRequest {
    pub new_path: ::std::option::Option<::std::string::String>,
    pub new_user_name: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for UpdateUserRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(3);
        if let Some(x) = &self.new_path {
            m.push(("NewPath", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.new_user_name {
            m.push(("NewUserName", crate::ToValue::to_value(x)));
        }
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UpdateUserRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            new_path: crate::codec::optional(m, "NewPath", crate::FromValue::from_value)?,
            new_user_name: crate::codec::optional(m, "NewUserName", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSSHPublicKeyRequest {
    pub ssh_public_key_body: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for UploadSSHPublicKeyRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "SSHPublicKeyBody",
            crate::ToValue::to_value(&self.ssh_public_key_body),
        ));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UploadSSHPublicKeyRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key_body: crate::codec::required(
                m,
                "SSHPublicKeyBody",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSSHPublicKeyResponse {
    pub ssh_public_key: ::std::option::Option<SSHPublicKey>,
}

impl crate::ToValue for UploadSSHPublicKeyResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        if let Some(x) = &self.ssh_public_key {
            m.push(("SSHPublicKey", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UploadSSHPublicKeyResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            ssh_public_key: crate::codec::optional(
                m,
                "SSHPublicKey",
                crate::FromValue::from_value,
            )?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct UploadServerCertificateRequest {
    pub certificate_body: ::std::string::String,
    pub certificate_chain: ::std::option::Option<::std::string::String>,
    pub path: ::std::option::Option<::std::string::String>,
    pub private_key: ::std::string::String,
    pub server_certificate_name: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl ::std::fmt::Debug for UploadServerCertificateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadServerCertificateRequest")
            .field("certificate_body", &self.certificate_body)
            .field("certificate_chain", &self.certificate_chain)
            .field("path", &self.path)
            .field("private_key", &"<redacted>")
            .field("server_certificate_name", &self.server_certificate_name)
            .field("tags", &self.tags)
            .finish()
    }
}

impl crate::ToValue for UploadServerCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        m.push((
            "CertificateBody",
            crate::ToValue::to_value(&self.certificate_body),
        ));
        if let Some(x) = &self.certificate_chain {
            m.push(("CertificateChain", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        m.push(("PrivateKey", crate::ToValue::to_value(&self.private_key)));
        m.push((
            "ServerCertificateName",
            crate::ToValue::to_value(&self.server_certificate_name),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UploadServerCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_body: crate::codec::required(
                m,
                "CertificateBody",
                crate::FromValue::from_value,
            )?,
            certificate_chain: crate::codec::optional(
                m,
                "CertificateChain",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            private_key: crate::codec::required(m, "PrivateKey", crate::FromValue::from_value)?,
            server_certificate_name: crate::codec::required(
                m,
                "ServerCertificateName",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadServerCertificateResponse {
    pub server_certificate_metadata: ::std::option::Option<ServerCertificateMetadata>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl crate::ToValue for UploadServerCertificateResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        if let Some(x) = &self.server_certificate_metadata {
            m.push(("ServerCertificateMetadata", crate::ToValue::to_value(x)));
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

impl crate::FromValue for UploadServerCertificateResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            server_certificate_metadata: crate::codec::optional(
                m,
                "ServerCertificateMetadata",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UploadSigningCertificateRequest {
    pub certificate_body: ::std::string::String,
    pub user_name: ::std::option::Option<::std::string::String>,
}

impl crate::ToValue for UploadSigningCertificateRequest {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(2);
        m.push((
            "CertificateBody",
            crate::ToValue::to_value(&self.certificate_body),
        ));
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UploadSigningCertificateRequest {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate_body: crate::codec::required(
                m,
                "CertificateBody",
                crate::FromValue::from_value,
            )?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct UploadSigningCertificateResponse {
    pub certificate: SigningCertificate,
}

impl crate::ToValue for UploadSigningCertificateResponse {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(1);
        m.push(("Certificate", crate::ToValue::to_value(&self.certificate)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UploadSigningCertificateResponse {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            certificate: crate::codec::required(m, "Certificate", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct User {
    pub arn: ::std::string::String,
    pub create_date: crate::Timestamp,
    pub password_last_used: ::std::option::Option<crate::Timestamp>,
    pub path: ::std::string::String,
    pub permissions_boundary: ::std::option::Option<AttachedPermissionsBoundary>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub user_id: ::std::string::String,
    pub user_name: ::std::string::String,
}

impl crate::ToValue for User {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(8);
        m.push(("Arn", crate::ToValue::to_value(&self.arn)));
        m.push(("CreateDate", crate::ToValue::to_value(&self.create_date)));
        if let Some(x) = &self.password_last_used {
            m.push(("PasswordLastUsed", crate::ToValue::to_value(x)));
        }
        m.push(("Path", crate::ToValue::to_value(&self.path)));
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        m.push(("UserId", crate::ToValue::to_value(&self.user_id)));
        m.push(("UserName", crate::ToValue::to_value(&self.user_name)));
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for User {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::required(m, "Arn", crate::FromValue::from_value)?,
            create_date: crate::codec::required(m, "CreateDate", crate::FromValue::from_value)?,
            password_last_used: crate::codec::optional(
                m,
                "PasswordLastUsed",
                crate::FromValue::from_value,
            )?,
            path: crate::codec::required(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_id: crate::codec::required(m, "UserId", crate::FromValue::from_value)?,
            user_name: crate::codec::required(m, "UserName", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserDetail {
    pub arn: ::std::option::Option<::std::string::String>,
    pub attached_managed_policies: ::std::option::Option<::std::vec::Vec<AttachedPolicy>>,
    pub create_date: ::std::option::Option<crate::Timestamp>,
    pub group_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub path: ::std::option::Option<::std::string::String>,
    pub permissions_boundary: ::std::option::Option<AttachedPermissionsBoundary>,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub user_id: ::std::option::Option<::std::string::String>,
    pub user_name: ::std::option::Option<::std::string::String>,
    pub user_policy_list: ::std::option::Option<::std::vec::Vec<PolicyDetail>>,
}

impl crate::ToValue for UserDetail {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(10);
        if let Some(x) = &self.arn {
            m.push(("Arn", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.attached_managed_policies {
            m.push((
                "AttachedManagedPolicies",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.create_date {
            m.push(("CreateDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.group_list {
            m.push((
                "GroupList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.path {
            m.push(("Path", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.permissions_boundary {
            m.push(("PermissionsBoundary", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.user_id {
            m.push(("UserId", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_name {
            m.push(("UserName", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.user_policy_list {
            m.push((
                "UserPolicyList",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for UserDetail {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            arn: crate::codec::optional(m, "Arn", crate::FromValue::from_value)?,
            attached_managed_policies: crate::codec::optional(
                m,
                "AttachedManagedPolicies",
                |v0: &crate::Value| crate::codec::list_from_value(v0, crate::FromValue::from_value),
            )?,
            create_date: crate::codec::optional(m, "CreateDate", crate::FromValue::from_value)?,
            group_list: crate::codec::optional(m, "GroupList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            path: crate::codec::optional(m, "Path", crate::FromValue::from_value)?,
            permissions_boundary: crate::codec::optional(
                m,
                "PermissionsBoundary",
                crate::FromValue::from_value,
            )?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user_id: crate::codec::optional(m, "UserId", crate::FromValue::from_value)?,
            user_name: crate::codec::optional(m, "UserName", crate::FromValue::from_value)?,
            user_policy_list: crate::codec::optional(m, "UserPolicyList", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
        })
    }
}

#[derive(Clone, PartialEq, Default)]
pub struct VirtualMFADevice {
    pub base32_string_seed: ::std::option::Option<::std::vec::Vec<u8>>,
    pub enable_date: ::std::option::Option<crate::Timestamp>,
    pub qr_code_png: ::std::option::Option<::std::vec::Vec<u8>>,
    pub serial_number: ::std::string::String,
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    pub user: ::std::option::Option<User>,
}

impl ::std::fmt::Debug for VirtualMFADevice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VirtualMFADevice")
            .field("base32_string_seed", &"<redacted>")
            .field("enable_date", &self.enable_date)
            .field("qr_code_png", &"<redacted>")
            .field("serial_number", &self.serial_number)
            .field("tags", &self.tags)
            .field("user", &self.user)
            .finish()
    }
}

impl crate::ToValue for VirtualMFADevice {
    fn to_value(&self) -> crate::Value {
        let mut m = ::std::vec::Vec::with_capacity(6);
        if let Some(x) = &self.base32_string_seed {
            m.push(("Base32StringSeed", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.enable_date {
            m.push(("EnableDate", crate::ToValue::to_value(x)));
        }
        if let Some(x) = &self.qr_code_png {
            m.push(("QRCodePNG", crate::ToValue::to_value(x)));
        }
        m.push((
            "SerialNumber",
            crate::ToValue::to_value(&self.serial_number),
        ));
        if let Some(x) = &self.tags {
            m.push((
                "Tags",
                crate::codec::list_to_value(x, |x0| crate::ToValue::to_value(x0)),
            ));
        }
        if let Some(x) = &self.user {
            m.push(("User", crate::ToValue::to_value(x)));
        }
        crate::Value::Structure(m)
    }
}

impl crate::FromValue for VirtualMFADevice {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        let m = crate::codec::structure(value)?;
        Ok(Self {
            base32_string_seed: crate::codec::optional(
                m,
                "Base32StringSeed",
                crate::FromValue::from_value,
            )?,
            enable_date: crate::codec::optional(m, "EnableDate", crate::FromValue::from_value)?,
            qr_code_png: crate::codec::optional(m, "QRCodePNG", crate::FromValue::from_value)?,
            serial_number: crate::codec::required(m, "SerialNumber", crate::FromValue::from_value)?,
            tags: crate::codec::optional(m, "Tags", |v0: &crate::Value| {
                crate::codec::list_from_value(v0, crate::FromValue::from_value)
            })?,
            user: crate::codec::optional(m, "User", crate::FromValue::from_value)?,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum assertionEncryptionModeType {
    Required,
    Allowed,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl assertionEncryptionModeType {
    pub const VALUES: &'static [&'static str] = &["Required", "Allowed"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "Required",
            Self::Allowed => "Allowed",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Required" => Self::Required,
            "Allowed" => Self::Allowed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for assertionEncryptionModeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for assertionEncryptionModeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum assignmentStatusType {
    Assigned,
    Unassigned,
    Any,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl assignmentStatusType {
    pub const VALUES: &'static [&'static str] = &["Assigned", "Unassigned", "Any"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Assigned => "Assigned",
            Self::Unassigned => "Unassigned",
            Self::Any => "Any",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Assigned" => Self::Assigned,
            "Unassigned" => Self::Unassigned,
            "Any" => Self::Any,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for assignmentStatusType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for assignmentStatusType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum encodingType {
    SSH,
    PEM,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl encodingType {
    pub const VALUES: &'static [&'static str] = &["SSH", "PEM"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SSH => "SSH",
            Self::PEM => "PEM",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SSH" => Self::SSH,
            "PEM" => Self::PEM,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for encodingType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for encodingType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum globalEndpointTokenVersion {
    V1Token,
    V2Token,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl globalEndpointTokenVersion {
    pub const VALUES: &'static [&'static str] = &["v1Token", "v2Token"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::V1Token => "v1Token",
            Self::V2Token => "v2Token",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "v1Token" => Self::V1Token,
            "v2Token" => Self::V2Token,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for globalEndpointTokenVersion {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for globalEndpointTokenVersion {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum jobStatusType {
    INPROGRESS,
    COMPLETED,
    FAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl jobStatusType {
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "COMPLETED", "FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INPROGRESS => "IN_PROGRESS",
            Self::COMPLETED => "COMPLETED",
            Self::FAILED => "FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "IN_PROGRESS" => Self::INPROGRESS,
            "COMPLETED" => Self::COMPLETED,
            "FAILED" => Self::FAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for jobStatusType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for jobStatusType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum managedByTypeType {
    Service,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl managedByTypeType {
    pub const VALUES: &'static [&'static str] = &["Service"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Service => "Service",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Service" => Self::Service,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for managedByTypeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for managedByTypeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum parameterTypeType {
    String,
    StringList,
    Number,
    NumberList,
    Arn,
    ArnList,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl parameterTypeType {
    pub const VALUES: &'static [&'static str] = &[
        "String",
        "StringList",
        "Number",
        "NumberList",
        "Arn",
        "ArnList",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "String",
            Self::StringList => "StringList",
            Self::Number => "Number",
            Self::NumberList => "NumberList",
            Self::Arn => "Arn",
            Self::ArnList => "ArnList",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "String" => Self::String,
            "StringList" => Self::StringList,
            "Number" => Self::Number,
            "NumberList" => Self::NumberList,
            "Arn" => Self::Arn,
            "ArnList" => Self::ArnList,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for parameterTypeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for parameterTypeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum permissionCheckResultType {
    ALLOWED,
    DENIED,
    UNSURE,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl permissionCheckResultType {
    pub const VALUES: &'static [&'static str] = &["ALLOWED", "DENIED", "UNSURE"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::ALLOWED => "ALLOWED",
            Self::DENIED => "DENIED",
            Self::UNSURE => "UNSURE",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "ALLOWED" => Self::ALLOWED,
            "DENIED" => Self::DENIED,
            "UNSURE" => Self::UNSURE,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for permissionCheckResultType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for permissionCheckResultType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum permissionCheckStatusType {
    COMPLETE,
    INPROGRESS,
    FAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl permissionCheckStatusType {
    pub const VALUES: &'static [&'static str] = &["COMPLETE", "IN_PROGRESS", "FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::COMPLETE => "COMPLETE",
            Self::INPROGRESS => "IN_PROGRESS",
            Self::FAILED => "FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "COMPLETE" => Self::COMPLETE,
            "IN_PROGRESS" => Self::INPROGRESS,
            "FAILED" => Self::FAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for permissionCheckStatusType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for permissionCheckStatusType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum policyOwnerEntityType {
    USER,
    ROLE,
    GROUP,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl policyOwnerEntityType {
    pub const VALUES: &'static [&'static str] = &["USER", "ROLE", "GROUP"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::USER => "USER",
            Self::ROLE => "ROLE",
            Self::GROUP => "GROUP",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "USER" => Self::USER,
            "ROLE" => Self::ROLE,
            "GROUP" => Self::GROUP,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for policyOwnerEntityType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for policyOwnerEntityType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum policyScopeType {
    All,
    AWS,
    Local,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl policyScopeType {
    pub const VALUES: &'static [&'static str] = &["All", "AWS", "Local"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::AWS => "AWS",
            Self::Local => "Local",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "All" => Self::All,
            "AWS" => Self::AWS,
            "Local" => Self::Local,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for policyScopeType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for policyScopeType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum policyType {
    INLINE,
    MANAGED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl policyType {
    pub const VALUES: &'static [&'static str] = &["INLINE", "MANAGED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::INLINE => "INLINE",
            Self::MANAGED => "MANAGED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "INLINE" => Self::INLINE,
            "MANAGED" => Self::MANAGED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for policyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for policyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum sortKeyType {
    SERVICENAMESPACEASCENDING,
    SERVICENAMESPACEDESCENDING,
    LASTAUTHENTICATEDTIMEASCENDING,
    LASTAUTHENTICATEDTIMEDESCENDING,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl sortKeyType {
    pub const VALUES: &'static [&'static str] = &[
        "SERVICE_NAMESPACE_ASCENDING",
        "SERVICE_NAMESPACE_DESCENDING",
        "LAST_AUTHENTICATED_TIME_ASCENDING",
        "LAST_AUTHENTICATED_TIME_DESCENDING",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::SERVICENAMESPACEASCENDING => "SERVICE_NAMESPACE_ASCENDING",
            Self::SERVICENAMESPACEDESCENDING => "SERVICE_NAMESPACE_DESCENDING",
            Self::LASTAUTHENTICATEDTIMEASCENDING => "LAST_AUTHENTICATED_TIME_ASCENDING",
            Self::LASTAUTHENTICATEDTIMEDESCENDING => "LAST_AUTHENTICATED_TIME_DESCENDING",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "SERVICE_NAMESPACE_ASCENDING" => Self::SERVICENAMESPACEASCENDING,
            "SERVICE_NAMESPACE_DESCENDING" => Self::SERVICENAMESPACEDESCENDING,
            "LAST_AUTHENTICATED_TIME_ASCENDING" => Self::LASTAUTHENTICATEDTIMEASCENDING,
            "LAST_AUTHENTICATED_TIME_DESCENDING" => Self::LASTAUTHENTICATEDTIMEDESCENDING,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for sortKeyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for sortKeyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum stateType {
    UNASSIGNED,
    ASSIGNED,
    PENDINGAPPROVAL,
    FINALIZED,
    ACCEPTED,
    REJECTED,
    EXPIRED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl stateType {
    pub const VALUES: &'static [&'static str] = &[
        "UNASSIGNED",
        "ASSIGNED",
        "PENDING_APPROVAL",
        "FINALIZED",
        "ACCEPTED",
        "REJECTED",
        "EXPIRED",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::UNASSIGNED => "UNASSIGNED",
            Self::ASSIGNED => "ASSIGNED",
            Self::PENDINGAPPROVAL => "PENDING_APPROVAL",
            Self::FINALIZED => "FINALIZED",
            Self::ACCEPTED => "ACCEPTED",
            Self::REJECTED => "REJECTED",
            Self::EXPIRED => "EXPIRED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "UNASSIGNED" => Self::UNASSIGNED,
            "ASSIGNED" => Self::ASSIGNED,
            "PENDING_APPROVAL" => Self::PENDINGAPPROVAL,
            "FINALIZED" => Self::FINALIZED,
            "ACCEPTED" => Self::ACCEPTED,
            "REJECTED" => Self::REJECTED,
            "EXPIRED" => Self::EXPIRED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for stateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for stateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum statusType {
    Active,
    Inactive,
    Expired,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl statusType {
    pub const VALUES: &'static [&'static str] = &["Active", "Inactive", "Expired"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "Active",
            Self::Inactive => "Inactive",
            Self::Expired => "Expired",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Active" => Self::Active,
            "Inactive" => Self::Inactive,
            "Expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for statusType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for statusType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum summaryKeyType {
    Users,
    UsersQuota,
    Groups,
    GroupsQuota,
    ServerCertificates,
    ServerCertificatesQuota,
    UserPolicySizeQuota,
    GroupPolicySizeQuota,
    GroupsPerUserQuota,
    SigningCertificatesPerUserQuota,
    AccessKeysPerUserQuota,
    MFADevices,
    MFADevicesInUse,
    AccountMFAEnabled,
    AccountAccessKeysPresent,
    AccountPasswordPresent,
    AccountSigningCertificatesPresent,
    AttachedPoliciesPerGroupQuota,
    AttachedPoliciesPerRoleQuota,
    AttachedPoliciesPerUserQuota,
    Policies,
    PoliciesQuota,
    PolicySizeQuota,
    PolicyVersionsInUse,
    PolicyVersionsInUseQuota,
    VersionsPerPolicyQuota,
    GlobalEndpointTokenVersion,
    AssumeRolePolicySizeQuota,
    InstanceProfiles,
    InstanceProfilesQuota,
    Providers,
    RolePolicySizeQuota,
    Roles,
    RolesQuota,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl summaryKeyType {
    pub const VALUES: &'static [&'static str] = &[
        "Users",
        "UsersQuota",
        "Groups",
        "GroupsQuota",
        "ServerCertificates",
        "ServerCertificatesQuota",
        "UserPolicySizeQuota",
        "GroupPolicySizeQuota",
        "GroupsPerUserQuota",
        "SigningCertificatesPerUserQuota",
        "AccessKeysPerUserQuota",
        "MFADevices",
        "MFADevicesInUse",
        "AccountMFAEnabled",
        "AccountAccessKeysPresent",
        "AccountPasswordPresent",
        "AccountSigningCertificatesPresent",
        "AttachedPoliciesPerGroupQuota",
        "AttachedPoliciesPerRoleQuota",
        "AttachedPoliciesPerUserQuota",
        "Policies",
        "PoliciesQuota",
        "PolicySizeQuota",
        "PolicyVersionsInUse",
        "PolicyVersionsInUseQuota",
        "VersionsPerPolicyQuota",
        "GlobalEndpointTokenVersion",
        "AssumeRolePolicySizeQuota",
        "InstanceProfiles",
        "InstanceProfilesQuota",
        "Providers",
        "RolePolicySizeQuota",
        "Roles",
        "RolesQuota",
    ];

    pub fn as_str(&self) -> &str {
        match self {
            Self::Users => "Users",
            Self::UsersQuota => "UsersQuota",
            Self::Groups => "Groups",
            Self::GroupsQuota => "GroupsQuota",
            Self::ServerCertificates => "ServerCertificates",
            Self::ServerCertificatesQuota => "ServerCertificatesQuota",
            Self::UserPolicySizeQuota => "UserPolicySizeQuota",
            Self::GroupPolicySizeQuota => "GroupPolicySizeQuota",
            Self::GroupsPerUserQuota => "GroupsPerUserQuota",
            Self::SigningCertificatesPerUserQuota => "SigningCertificatesPerUserQuota",
            Self::AccessKeysPerUserQuota => "AccessKeysPerUserQuota",
            Self::MFADevices => "MFADevices",
            Self::MFADevicesInUse => "MFADevicesInUse",
            Self::AccountMFAEnabled => "AccountMFAEnabled",
            Self::AccountAccessKeysPresent => "AccountAccessKeysPresent",
            Self::AccountPasswordPresent => "AccountPasswordPresent",
            Self::AccountSigningCertificatesPresent => "AccountSigningCertificatesPresent",
            Self::AttachedPoliciesPerGroupQuota => "AttachedPoliciesPerGroupQuota",
            Self::AttachedPoliciesPerRoleQuota => "AttachedPoliciesPerRoleQuota",
            Self::AttachedPoliciesPerUserQuota => "AttachedPoliciesPerUserQuota",
            Self::Policies => "Policies",
            Self::PoliciesQuota => "PoliciesQuota",
            Self::PolicySizeQuota => "PolicySizeQuota",
            Self::PolicyVersionsInUse => "PolicyVersionsInUse",
            Self::PolicyVersionsInUseQuota => "PolicyVersionsInUseQuota",
            Self::VersionsPerPolicyQuota => "VersionsPerPolicyQuota",
            Self::GlobalEndpointTokenVersion => "GlobalEndpointTokenVersion",
            Self::AssumeRolePolicySizeQuota => "AssumeRolePolicySizeQuota",
            Self::InstanceProfiles => "InstanceProfiles",
            Self::InstanceProfilesQuota => "InstanceProfilesQuota",
            Self::Providers => "Providers",
            Self::RolePolicySizeQuota => "RolePolicySizeQuota",
            Self::Roles => "Roles",
            Self::RolesQuota => "RolesQuota",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "Users" => Self::Users,
            "UsersQuota" => Self::UsersQuota,
            "Groups" => Self::Groups,
            "GroupsQuota" => Self::GroupsQuota,
            "ServerCertificates" => Self::ServerCertificates,
            "ServerCertificatesQuota" => Self::ServerCertificatesQuota,
            "UserPolicySizeQuota" => Self::UserPolicySizeQuota,
            "GroupPolicySizeQuota" => Self::GroupPolicySizeQuota,
            "GroupsPerUserQuota" => Self::GroupsPerUserQuota,
            "SigningCertificatesPerUserQuota" => Self::SigningCertificatesPerUserQuota,
            "AccessKeysPerUserQuota" => Self::AccessKeysPerUserQuota,
            "MFADevices" => Self::MFADevices,
            "MFADevicesInUse" => Self::MFADevicesInUse,
            "AccountMFAEnabled" => Self::AccountMFAEnabled,
            "AccountAccessKeysPresent" => Self::AccountAccessKeysPresent,
            "AccountPasswordPresent" => Self::AccountPasswordPresent,
            "AccountSigningCertificatesPresent" => Self::AccountSigningCertificatesPresent,
            "AttachedPoliciesPerGroupQuota" => Self::AttachedPoliciesPerGroupQuota,
            "AttachedPoliciesPerRoleQuota" => Self::AttachedPoliciesPerRoleQuota,
            "AttachedPoliciesPerUserQuota" => Self::AttachedPoliciesPerUserQuota,
            "Policies" => Self::Policies,
            "PoliciesQuota" => Self::PoliciesQuota,
            "PolicySizeQuota" => Self::PolicySizeQuota,
            "PolicyVersionsInUse" => Self::PolicyVersionsInUse,
            "PolicyVersionsInUseQuota" => Self::PolicyVersionsInUseQuota,
            "VersionsPerPolicyQuota" => Self::VersionsPerPolicyQuota,
            "GlobalEndpointTokenVersion" => Self::GlobalEndpointTokenVersion,
            "AssumeRolePolicySizeQuota" => Self::AssumeRolePolicySizeQuota,
            "InstanceProfiles" => Self::InstanceProfiles,
            "InstanceProfilesQuota" => Self::InstanceProfilesQuota,
            "Providers" => Self::Providers,
            "RolePolicySizeQuota" => Self::RolePolicySizeQuota,
            "Roles" => Self::Roles,
            "RolesQuota" => Self::RolesQuota,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for summaryKeyType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for summaryKeyType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum summaryStateType {
    AVAILABLE,
    NOTAVAILABLE,
    NOTSUPPORTED,
    FAILED,
    /// A value this model version does not list.
    Unknown(::std::string::String),
}

impl summaryStateType {
    pub const VALUES: &'static [&'static str] =
        &["AVAILABLE", "NOT_AVAILABLE", "NOT_SUPPORTED", "FAILED"];

    pub fn as_str(&self) -> &str {
        match self {
            Self::AVAILABLE => "AVAILABLE",
            Self::NOTAVAILABLE => "NOT_AVAILABLE",
            Self::NOTSUPPORTED => "NOT_SUPPORTED",
            Self::FAILED => "FAILED",
            Self::Unknown(s) => s,
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "AVAILABLE" => Self::AVAILABLE,
            "NOT_AVAILABLE" => Self::NOTAVAILABLE,
            "NOT_SUPPORTED" => Self::NOTSUPPORTED,
            "FAILED" => Self::FAILED,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl crate::ToValue for summaryStateType {
    fn to_value(&self) -> crate::Value {
        crate::Value::String(self.as_str().to_owned())
    }
}

impl crate::FromValue for summaryStateType {
    fn from_value(value: &crate::Value) -> ::core::result::Result<Self, crate::FromValueError> {
        crate::codec::enum_from_value(value, Self::parse)
    }
}
