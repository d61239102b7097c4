//! Verifying a SAML `Response` and reading the identity out of the signed elements
//! of the same parsed tree.

use crate::dsig::{AlgorithmPolicy, SignatureError, VerifiedSignature, verify_enveloped};
use crate::keys::{IdpCertificate, decode_base64};
use crate::time::Timestamp;
use crate::xml::{
    Limits, NS_DS, NS_SAML, NS_SAMLP, ValueError, XmlError, children_named, element_children, is,
    leaf_text, parse,
};
use roxmltree::{Document, Node};
use std::collections::HashSet;
use std::fmt;

const STATUS_SUCCESS: &str = "urn:oasis:names:tc:SAML:2.0:status:Success";
const XSI: &str = "http://www.w3.org/2001/XMLSchema-instance";

/// What the caller trusts and allows for one identity provider.
#[derive(Debug, Clone)]
pub struct VerifyOptions<'a> {
    /// The provider's signing certificates; nothing else ever verifies a signature.
    pub certificates: &'a [IdpCertificate],
    pub algorithms: AlgorithmPolicy,
    pub limits: Limits,
    /// The service provider's key for `EncryptedAssertion`, when it has one.
    pub decryption_key: Option<&'a crate::encrypted::DecryptionKey>,
}

impl<'a> VerifyOptions<'a> {
    /// Default algorithms and limits, no decryption key.
    pub fn new(certificates: &'a [IdpCertificate]) -> Self {
        VerifyOptions {
            certificates,
            algorithms: AlgorithmPolicy::default(),
            limits: Limits::default(),
            decryption_key: None,
        }
    }
}

/// Which elements carried a signature that verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedParts {
    /// The whole `Response` (and so everything in it) is covered.
    pub response: Option<VerifiedSignature>,
    /// The `Assertion` is covered by its own signature.
    pub assertion: Option<VerifiedSignature>,
}

/// A response whose signature verified, with every value read from covered elements.
///
/// When only the assertion is signed (`signed.response` is `None`), the fields
/// outside [`Assertion`] are as the sender wrote them and prove nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedResponse {
    pub id: String,
    pub issuer: String,
    pub issue_instant: Option<Timestamp>,
    pub destination: Option<String>,
    pub in_response_to: Option<String>,
    pub status: Status,
    pub signed: SignedParts,
    /// Whether the assertion arrived as an `EncryptedAssertion`.
    pub was_encrypted: bool,
    pub assertion: Assertion,
}

/// The response's status (always success once verified; kept for the record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub code: String,
    pub sub_code: Option<String>,
    pub message: Option<String>,
}

/// The single assertion of a verified response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assertion {
    pub id: String,
    pub issuer: String,
    pub issue_instant: Option<Timestamp>,
    pub subject: Subject,
    pub conditions: Option<Conditions>,
    pub authn_statements: Vec<AuthnStatement>,
    pub attributes: Vec<Attribute>,
}

impl Assertion {
    /// The values of the attribute named `name`, if the assertion has it.
    pub fn attribute(&self, name: &str) -> Option<&[String]> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.values.as_slice())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subject {
    pub name_id: NameId,
    pub confirmations: Vec<SubjectConfirmation>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameId {
    pub value: String,
    pub format: Option<String>,
    pub name_qualifier: Option<String>,
    pub sp_name_qualifier: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubjectConfirmation {
    pub method: String,
    pub recipient: Option<String>,
    pub not_before: Option<Timestamp>,
    pub not_on_or_after: Option<Timestamp>,
    pub in_response_to: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conditions {
    pub not_before: Option<Timestamp>,
    pub not_on_or_after: Option<Timestamp>,
    /// One list per `AudienceRestriction`; each must admit the relying party.
    pub audience_restrictions: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthnStatement {
    pub authn_instant: Option<Timestamp>,
    pub session_index: Option<String>,
    pub session_not_on_or_after: Option<Timestamp>,
    pub authn_context_class: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribute {
    pub name: String,
    pub name_format: Option<String>,
    pub friendly_name: Option<String>,
    pub values: Vec<String>,
}

/// The part of a response a signature sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedElement {
    Response,
    Assertion,
}

/// Why a response was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyError {
    /// The `SAMLResponse` form value is not base64.
    Base64,
    Xml(XmlError),
    /// The root is not a SAML 2.0 `samlp:Response`.
    NotAResponse,
    /// `Version` is not `2.0`.
    Version(String),
    /// Not exactly one assertion, or one that is not a direct child of the response.
    AssertionCount(usize),
    AssertionPlacement,
    /// A `ds:Signature` somewhere other than directly in the response or assertion,
    /// or two on the same element.
    SignaturePlacement,
    /// Neither the response nor the assertion is signed.
    Unsigned,
    /// Two elements share an ID.
    DuplicateId(String),
    /// A required element or attribute is absent.
    Missing(&'static str),
    /// An element appears where it may not, or twice where once is allowed.
    Unexpected(String),
    Value(ValueError),
    /// A timestamp that is not an `xs:dateTime`.
    Time {
        field: &'static str,
        value: String,
    },
    /// The assertion's issuer differs from the response's.
    IssuerMismatch {
        response: String,
        assertion: String,
    },
    /// The status is not success.
    Status(Status),
    /// The same attribute name appears twice.
    DuplicateAttribute(String),
    /// Encrypted identifiers and attributes are not supported.
    Encrypted(&'static str),
    /// The assertion is encrypted and no decryption key was given, or it failed.
    Decryption(crate::encrypted::DecryptionError),
    Signature {
        element: SignedElement,
        error: SignatureError,
    },
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Base64 => f.write_str("SAML response is not valid base64"),
            Self::Xml(e) => e.fmt(f),
            Self::NotAResponse => f.write_str("document is not a SAML 2.0 response"),
            Self::Version(v) => write!(f, "SAML version `{v}` is not 2.0"),
            Self::AssertionCount(n) => write!(f, "expected exactly one assertion, found {n}"),
            Self::AssertionPlacement => f.write_str("assertion is not a direct child of the response"),
            Self::SignaturePlacement => f.write_str(
                "signature must be a direct child of the response or the assertion, at most one each",
            ),
            Self::Unsigned => f.write_str("neither the response nor the assertion is signed"),
            Self::DuplicateId(id) => write!(f, "ID `{id}` appears more than once"),
            Self::Missing(what) => write!(f, "`{what}` is missing"),
            Self::Unexpected(what) => write!(f, "unexpected `{what}`"),
            Self::Value(e) => e.fmt(f),
            Self::Time { field, value } => write!(f, "`{field}` `{value}` is not a valid time"),
            Self::IssuerMismatch { response, assertion } => write!(
                f,
                "assertion issuer `{assertion}` differs from response issuer `{response}`"
            ),
            Self::Status(s) => write!(f, "response status is `{}`", s.code),
            Self::DuplicateAttribute(name) => write!(f, "attribute `{name}` appears twice"),
            Self::Encrypted(what) => write!(f, "encrypted `{what}` is not supported"),
            Self::Decryption(e) => write!(f, "cannot decrypt the assertion: {e}"),
            Self::Signature { element, error } => {
                let on = match element {
                    SignedElement::Response => "response",
                    SignedElement::Assertion => "assertion",
                };
                write!(f, "{on} signature: {error}")
            }
        }
    }
}

impl std::error::Error for VerifyError {}

impl From<XmlError> for VerifyError {
    fn from(e: XmlError) -> Self {
        VerifyError::Xml(e)
    }
}

impl From<ValueError> for VerifyError {
    fn from(e: ValueError) -> Self {
        VerifyError::Value(e)
    }
}

/// Verifies the base64 `SAMLResponse` value of an HTTP-POST binding (whitespace is
/// ignored).
pub fn verify_base64(
    encoded: &str,
    options: &VerifyOptions<'_>,
) -> Result<VerifiedResponse, VerifyError> {
    // Four base64 characters per three bytes; refuse before decoding anything huge.
    if encoded.len() / 4 * 3 > options.limits.max_bytes + 3 {
        return Err(VerifyError::Xml(XmlError::TooLarge {
            bytes: encoded.len() / 4 * 3,
            limit: options.limits.max_bytes,
        }));
    }
    let xml = decode_base64(encoded).ok_or(VerifyError::Base64)?;
    verify(&xml, options)
}

/// Verifies a SAML response document.
pub fn verify(xml: &[u8], options: &VerifyOptions<'_>) -> Result<VerifiedResponse, VerifyError> {
    let text = std::str::from_utf8(xml).map_err(|_| VerifyError::Xml(XmlError::NotUtf8))?;
    let doc = parse(text, &options.limits)?;
    let root = doc.root_element();
    if !is(root, NS_SAMLP, "Response") {
        return Err(VerifyError::NotAResponse);
    }
    check_unique_ids(&doc)?;
    let encrypted: Vec<Node<'_, '_>> = doc
        .descendants()
        .filter(|n| is(*n, NS_SAML, "EncryptedAssertion"))
        .collect();
    if encrypted.is_empty() {
        return verify_tree(&doc, options, None);
    }
    // The outer signature, if any, covers the ciphertext; it is checked on this
    // tree, and the plaintext is then spliced into the text and checked again as a
    // whole, so that identity still comes from one tree.
    let plain_count = doc
        .descendants()
        .filter(|n| is(*n, NS_SAML, "Assertion"))
        .count();
    if encrypted.len() + plain_count != 1 {
        return Err(VerifyError::AssertionCount(encrypted.len() + plain_count));
    }
    let [enc] = encrypted[..] else {
        return Err(VerifyError::AssertionCount(encrypted.len()));
    };
    if enc.parent_element() != Some(root) {
        return Err(VerifyError::AssertionPlacement);
    }
    let response_signature = check_signature_placement(&doc, root, None)?;
    let outer = match response_signature {
        Some(sig) => Some(
            verify_enveloped(&doc, root, sig, options.certificates, &options.algorithms).map_err(
                |error| VerifyError::Signature {
                    element: SignedElement::Response,
                    error,
                },
            )?,
        ),
        None => None,
    };
    let key = options.decryption_key.ok_or(VerifyError::Decryption(
        crate::encrypted::DecryptionError::NoKey,
    ))?;
    let plaintext =
        crate::encrypted::decrypt_assertion(enc, key).map_err(VerifyError::Decryption)?;
    let range = enc.range();
    let mut spliced = String::with_capacity(text.len() + plaintext.len());
    spliced.push_str(&text[..range.start]);
    spliced.push_str(&plaintext);
    spliced.push_str(&text[range.end..]);
    let inner_doc = parse(&spliced, &options.limits)?;
    if !is(inner_doc.root_element(), NS_SAMLP, "Response") {
        return Err(VerifyError::NotAResponse);
    }
    check_unique_ids(&inner_doc)?;
    if inner_doc
        .descendants()
        .any(|n| is(n, NS_SAML, "EncryptedAssertion"))
    {
        return Err(VerifyError::AssertionCount(2));
    }
    let mut verified = verify_tree(&inner_doc, options, Some(outer))?;
    verified.was_encrypted = true;
    Ok(verified)
}

/// `outer_response` is `Some` when the response signature was already checked on
/// the encrypted form (and so must not be re-checked on the spliced one).
fn verify_tree(
    doc: &Document<'_>,
    options: &VerifyOptions<'_>,
    outer_response: Option<Option<VerifiedSignature>>,
) -> Result<VerifiedResponse, VerifyError> {
    let root = doc.root_element();
    let version = root.attribute("Version").unwrap_or("");
    if version != "2.0" {
        return Err(VerifyError::Version(version.to_owned()));
    }
    let assertions: Vec<Node<'_, '_>> = doc
        .descendants()
        .filter(|n| is(*n, NS_SAML, "Assertion"))
        .collect();
    let [assertion] = assertions[..] else {
        return Err(VerifyError::AssertionCount(assertions.len()));
    };
    if assertion.parent_element() != Some(root) {
        return Err(VerifyError::AssertionPlacement);
    }
    let response_signature = check_signature_placement(doc, root, Some(assertion))?;
    let assertion_signature = children_named(assertion, NS_DS, "Signature").next();

    let response_verified = match outer_response {
        Some(outer) => outer,
        None => match response_signature {
            Some(sig) => Some(
                verify_enveloped(doc, root, sig, options.certificates, &options.algorithms)
                    .map_err(|error| VerifyError::Signature {
                        element: SignedElement::Response,
                        error,
                    })?,
            ),
            None => None,
        },
    };
    let assertion_verified = match assertion_signature {
        Some(sig) => Some(
            verify_enveloped(
                doc,
                assertion,
                sig,
                options.certificates,
                &options.algorithms,
            )
            .map_err(|error| VerifyError::Signature {
                element: SignedElement::Assertion,
                error,
            })?,
        ),
        None => None,
    };
    if response_verified.is_none() && assertion_verified.is_none() {
        return Err(VerifyError::Unsigned);
    }

    let status = read_status(root)?;
    if status.code != STATUS_SUCCESS {
        return Err(VerifyError::Status(status));
    }
    let issuer = match single_child(root, NS_SAML, "Issuer")? {
        Some(node) => Some(leaf_text(node)?.trim().to_owned()),
        None => None,
    };
    // The Web SSO profile requires the response's issuer when the response is
    // signed or its assertion encrypted; every IdP that federates with AWS sends
    // it regardless, so a response without one is refused outright.
    let issuer = issuer.ok_or(VerifyError::Missing("Issuer"))?;
    let assertion = read_assertion(assertion)?;
    if issuer != assertion.issuer {
        return Err(VerifyError::IssuerMismatch {
            response: issuer,
            assertion: assertion.issuer,
        });
    }
    Ok(VerifiedResponse {
        id: required_attr(root, "ID")?,
        issuer,
        issue_instant: time_attr(root, "IssueInstant")?,
        destination: root.attribute("Destination").map(str::to_owned),
        in_response_to: root.attribute("InResponseTo").map(str::to_owned),
        status,
        signed: SignedParts {
            response: response_verified,
            assertion: assertion_verified,
        },
        was_encrypted: false,
        assertion,
    })
}

/// Every `ds:Signature` must sit directly in the response or the assertion, one at
/// most on each. Returns the response's own signature.
fn check_signature_placement<'a, 'i>(
    doc: &'a Document<'i>,
    root: Node<'a, 'i>,
    assertion: Option<Node<'a, 'i>>,
) -> Result<Option<Node<'a, 'i>>, VerifyError> {
    let mut on_response = None;
    let mut on_assertion = None;
    for sig in doc.descendants().filter(|n| is(*n, NS_DS, "Signature")) {
        let parent = sig.parent_element();
        let slot = if parent == Some(root) {
            &mut on_response
        } else if parent.is_some() && parent == assertion {
            &mut on_assertion
        } else {
            return Err(VerifyError::SignaturePlacement);
        };
        if slot.replace(sig).is_some() {
            return Err(VerifyError::SignaturePlacement);
        }
    }
    Ok(on_response)
}

fn check_unique_ids(doc: &Document<'_>) -> Result<(), VerifyError> {
    let mut seen = HashSet::new();
    for node in doc.descendants().filter(Node::is_element) {
        for attr in node.attributes() {
            let id_like = matches!(
                (attr.namespace(), attr.name()),
                (None, "ID" | "Id" | "id") | (Some("http://www.w3.org/XML/1998/namespace"), "id")
            );
            if id_like && !seen.insert(attr.value()) {
                return Err(VerifyError::DuplicateId(attr.value().to_owned()));
            }
        }
    }
    Ok(())
}

fn single_child<'a, 'i>(
    node: Node<'a, 'i>,
    ns: &'static str,
    local: &'static str,
) -> Result<Option<Node<'a, 'i>>, VerifyError> {
    let mut found = children_named(node, ns, local);
    let first = found.next();
    if found.next().is_some() {
        return Err(VerifyError::Unexpected(local.to_owned()));
    }
    Ok(first)
}

fn required_child<'a, 'i>(
    node: Node<'a, 'i>,
    ns: &'static str,
    local: &'static str,
) -> Result<Node<'a, 'i>, VerifyError> {
    single_child(node, ns, local)?.ok_or(VerifyError::Missing(local))
}

fn required_attr(node: Node<'_, '_>, name: &'static str) -> Result<String, VerifyError> {
    match node.attribute(name) {
        Some(v) if !v.is_empty() => Ok(v.to_owned()),
        _ => Err(VerifyError::Missing(name)),
    }
}

fn time_attr(node: Node<'_, '_>, name: &'static str) -> Result<Option<Timestamp>, VerifyError> {
    match node.attribute(name) {
        None => Ok(None),
        Some(v) => Timestamp::parse_xs_datetime(v)
            .map(Some)
            .ok_or_else(|| VerifyError::Time {
                field: name,
                value: v.to_owned(),
            }),
    }
}

fn read_status(root: Node<'_, '_>) -> Result<Status, VerifyError> {
    let status = required_child(root, NS_SAMLP, "Status")?;
    let code = required_child(status, NS_SAMLP, "StatusCode")?;
    let sub_code = match single_child(code, NS_SAMLP, "StatusCode")? {
        Some(sub) => Some(required_attr(sub, "Value")?),
        None => None,
    };
    let message = match single_child(status, NS_SAMLP, "StatusMessage")? {
        Some(m) => Some(leaf_text(m)?.to_owned()),
        None => None,
    };
    Ok(Status {
        code: required_attr(code, "Value")?,
        sub_code,
        message,
    })
}

fn read_assertion(node: Node<'_, '_>) -> Result<Assertion, VerifyError> {
    let version = node.attribute("Version").unwrap_or("");
    if version != "2.0" {
        return Err(VerifyError::Version(version.to_owned()));
    }
    let issuer = leaf_text(required_child(node, NS_SAML, "Issuer")?)?
        .trim()
        .to_owned();
    if issuer.is_empty() {
        return Err(VerifyError::Missing("Issuer"));
    }
    let subject = read_subject(required_child(node, NS_SAML, "Subject")?)?;
    let conditions = match single_child(node, NS_SAML, "Conditions")? {
        Some(c) => Some(read_conditions(c)?),
        None => None,
    };
    let mut authn_statements = Vec::new();
    for statement in children_named(node, NS_SAML, "AuthnStatement") {
        authn_statements.push(AuthnStatement {
            authn_instant: time_attr(statement, "AuthnInstant")?,
            session_index: statement.attribute("SessionIndex").map(str::to_owned),
            session_not_on_or_after: time_attr(statement, "SessionNotOnOrAfter")?,
            authn_context_class: match single_child(statement, NS_SAML, "AuthnContext")? {
                Some(ctx) => match single_child(ctx, NS_SAML, "AuthnContextClassRef")? {
                    Some(class) => Some(leaf_text(class)?.trim().to_owned()),
                    None => None,
                },
                None => None,
            },
        });
    }
    let mut attributes: Vec<Attribute> = Vec::new();
    for statement in children_named(node, NS_SAML, "AttributeStatement") {
        for child in element_children(statement) {
            if is(child, NS_SAML, "EncryptedAttribute") {
                return Err(VerifyError::Encrypted("EncryptedAttribute"));
            }
            if !is(child, NS_SAML, "Attribute") {
                return Err(VerifyError::Unexpected(child.tag_name().name().to_owned()));
            }
            let name = required_attr(child, "Name")?;
            if attributes.iter().any(|a| a.name == name) {
                return Err(VerifyError::DuplicateAttribute(name));
            }
            let mut values = Vec::new();
            for value in children_named(child, NS_SAML, "AttributeValue") {
                values.push(read_attribute_value(value)?);
            }
            attributes.push(Attribute {
                name,
                name_format: child.attribute("NameFormat").map(str::to_owned),
                friendly_name: child.attribute("FriendlyName").map(str::to_owned),
                values,
            });
        }
    }
    Ok(Assertion {
        id: required_attr(node, "ID")?,
        issuer,
        issue_instant: time_attr(node, "IssueInstant")?,
        subject,
        conditions,
        authn_statements,
        attributes,
    })
}

fn read_attribute_value(value: Node<'_, '_>) -> Result<String, VerifyError> {
    if value.attribute((XSI, "nil")) == Some("true") {
        return Ok(String::new());
    }
    // Some IdPs wrap a value in one element (a `NameID` as an attribute value).
    let mut elements = element_children(value);
    if let Some(inner) = elements.next() {
        if elements.next().is_some()
            || value.children().any(|c| {
                !(c.is_element() || c.is_text() && c.text().unwrap_or("").trim().is_empty())
            })
        {
            return Err(VerifyError::Value(ValueError::NestedElement {
                element: "AttributeValue".to_owned(),
            }));
        }
        return Ok(leaf_text(inner)?.trim().to_owned());
    }
    Ok(leaf_text(value)?.to_owned())
}

fn read_subject(node: Node<'_, '_>) -> Result<Subject, VerifyError> {
    if single_child(node, NS_SAML, "EncryptedID")?.is_some() {
        return Err(VerifyError::Encrypted("EncryptedID"));
    }
    let name_id = required_child(node, NS_SAML, "NameID")?;
    let value = leaf_text(name_id)?.trim().to_owned();
    if value.is_empty() {
        return Err(VerifyError::Missing("NameID"));
    }
    let mut confirmations = Vec::new();
    for sc in children_named(node, NS_SAML, "SubjectConfirmation") {
        let method = required_attr(sc, "Method")?;
        let data = single_child(sc, NS_SAML, "SubjectConfirmationData")?;
        confirmations.push(SubjectConfirmation {
            method,
            recipient: data
                .and_then(|d| d.attribute("Recipient"))
                .map(str::to_owned),
            not_before: match data {
                Some(d) => time_attr(d, "NotBefore")?,
                None => None,
            },
            not_on_or_after: match data {
                Some(d) => time_attr(d, "NotOnOrAfter")?,
                None => None,
            },
            in_response_to: data
                .and_then(|d| d.attribute("InResponseTo"))
                .map(str::to_owned),
        });
    }
    Ok(Subject {
        name_id: NameId {
            value,
            format: name_id.attribute("Format").map(str::to_owned),
            name_qualifier: name_id.attribute("NameQualifier").map(str::to_owned),
            sp_name_qualifier: name_id.attribute("SPNameQualifier").map(str::to_owned),
        },
        confirmations,
    })
}

fn read_conditions(node: Node<'_, '_>) -> Result<Conditions, VerifyError> {
    let mut audience_restrictions = Vec::new();
    for restriction in children_named(node, NS_SAML, "AudienceRestriction") {
        let mut audiences = Vec::new();
        for audience in children_named(restriction, NS_SAML, "Audience") {
            audiences.push(leaf_text(audience)?.trim().to_owned());
        }
        audience_restrictions.push(audiences);
    }
    Ok(Conditions {
        not_before: time_attr(node, "NotBefore")?,
        not_on_or_after: time_attr(node, "NotOnOrAfter")?,
        audience_restrictions,
    })
}
