//! Static descriptors of services, operations and shapes, as generated from botocore.

/// The wire protocol a service speaks (botocore's `metadata.protocol`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    Query,
    Json,
    RestJson,
    RpcV2Cbor,
}

/// Index of a shape in its service's [`ServiceDef::shapes`] table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ShapeId(pub u16);

#[derive(Debug)]
pub struct ServiceDef {
    /// botocore's directory name: `sts`, `cognito-idp`, ...
    pub name: &'static str,
    pub protocol: Protocol,
    /// Every protocol the model lists, preferred first.
    pub protocols: &'static [&'static str],
    pub api_version: &'static str,
    pub target_prefix: Option<&'static str>,
    pub json_version: Option<&'static str>,
    pub xml_namespace: Option<&'static str>,
    /// The SigV4 credential scope's service.
    pub signing_name: &'static str,
    pub endpoint_prefix: &'static str,
    /// Sorted by name.
    pub operations: &'static [OperationDef],
    /// Sorted by name; [`ShapeId`]s index into it.
    pub shapes: &'static [Shape],
}

impl ServiceDef {
    pub fn shape(&self, id: ShapeId) -> &'static Shape {
        &self.shapes[usize::from(id.0)]
    }

    pub fn operation(&self, name: &str) -> Option<&'static OperationDef> {
        let ops: &'static [OperationDef] = self.operations;
        ops.binary_search_by(|o| o.name.cmp(name))
            .ok()
            .map(|i| &ops[i])
    }

    pub fn shape_named(&self, name: &str) -> Option<(ShapeId, &'static Shape)> {
        let shapes: &'static [Shape] = self.shapes;
        let i = shapes.binary_search_by(|s| s.name.cmp(name)).ok()?;
        Some((ShapeId(u16::try_from(i).ok()?), &shapes[i]))
    }
}

#[derive(Debug)]
pub struct OperationDef {
    pub name: &'static str,
    pub http_method: &'static str,
    /// The restJson1 URI template, with `{Label}` and `{Label+}` and an optional query.
    pub request_uri: &'static str,
    /// The HTTP status of a success (`http.responseCode`, 200 unless the model says).
    pub response_code: u16,
    pub input: Option<ShapeId>,
    pub output: Option<ShapeId>,
    /// The awsQuery result element name when the model gives one.
    pub result_wrapper: Option<&'static str>,
    pub errors: &'static [ShapeId],
    /// The operation takes no SigV4 signature (`authtype: none` or `smithy.api#noAuth`).
    pub unsigned: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Timestamp,
    Blob,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    Iso8601,
    UnixTimestamp,
    Rfc822,
}

/// Where a member travels in a REST request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    Body,
    Uri,
    QueryString,
    Header,
    Headers,
    StatusCode,
}

#[derive(Debug)]
pub struct Shape {
    pub name: &'static str,
    pub kind: ShapeKind,
    /// Structure members in model order.
    pub members: &'static [Member],
    /// A list's element, or a map's key and value.
    pub member: Option<Member>,
    pub key: Option<Member>,
    pub value: Option<Member>,
    /// Length for strings, blobs, lists and maps; value for numbers.
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<&'static str>,
    pub enum_values: &'static [&'static str],
    pub timestamp_format: Option<TimestampFormat>,
    pub flattened: bool,
    pub union: bool,
    /// An untyped JSON document.
    pub document: bool,
    pub sensitive: bool,
    pub error: Option<ErrorDef>,
}

impl Shape {
    /// The base the generated tables fill in with struct update syntax.
    pub const EMPTY: Shape = Shape {
        name: "",
        kind: ShapeKind::String,
        members: &[],
        member: None,
        key: None,
        value: None,
        min: None,
        max: None,
        pattern: None,
        enum_values: &[],
        timestamp_format: None,
        flattened: false,
        union: false,
        document: false,
        sensitive: false,
        error: None,
    };

    pub fn member(&self, name: &str) -> Option<&'static Member>
    where
        Self: 'static,
    {
        self.members.iter().find(|m| m.name == name)
    }
}

/// What an exception shape answers on the wire.
#[derive(Debug, Clone, Copy)]
pub struct ErrorDef {
    pub code: &'static str,
    pub http_status: u16,
    pub sender_fault: bool,
}

/// A reference from a structure, list or map to another shape, with its wire traits.
#[derive(Debug, Clone, Copy)]
pub struct Member {
    pub name: &'static str,
    pub target: ShapeId,
    pub required: bool,
    pub location: Location,
    pub location_name: Option<&'static str>,
    pub query_name: Option<&'static str>,
    pub flattened: bool,
    pub timestamp_format: Option<TimestampFormat>,
    pub idempotency_token: bool,
    pub jsonvalue: bool,
    pub host_label: bool,
}

impl Member {
    /// The base the generated tables fill in with struct update syntax.
    pub const EMPTY: Member = Member {
        name: "",
        target: ShapeId(0),
        required: false,
        location: Location::Body,
        location_name: None,
        query_name: None,
        flattened: false,
        timestamp_format: None,
        idempotency_token: false,
        jsonvalue: false,
        host_label: false,
    };

    /// The name on the wire: `locationName` when the model sets one.
    pub fn wire_name(&self) -> &'static str {
        self.location_name.unwrap_or(self.name)
    }
}
