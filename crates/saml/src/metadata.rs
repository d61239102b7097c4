//! Identity provider metadata: the entity id, signing certificates and sign-in
//! endpoints that an IAM SAML provider is created from.

use crate::keys::{CertificateError, IdpCertificate};
use crate::time::Timestamp;
use crate::xml::{
    Limits, NS_DS, NS_MD, ValueError, XmlError, children_named, is, leaf_text, parse as parse_xml,
};
use roxmltree::Node;
use std::fmt;

/// What Gatehouse keeps from an IdP's metadata document.
#[derive(Debug, Clone)]
pub struct IdpMetadata {
    pub entity_id: String,
    /// Certificates of `KeyDescriptor`s for signing (or with no `use`).
    pub signing_certificates: Vec<IdpCertificate>,
    pub sso_endpoints: Vec<SsoEndpoint>,
    /// The earliest `validUntil` on the entity or its enclosing groups.
    pub valid_until: Option<Timestamp>,
}

/// A `SingleSignOnService` endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoEndpoint {
    pub binding: String,
    pub location: String,
}

/// Why a metadata document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetadataError {
    Xml(XmlError),
    /// The root is neither `EntityDescriptor` nor `EntitiesDescriptor`.
    NotMetadata,
    /// No entity has an `IDPSSODescriptor`.
    NoIdentityProvider,
    /// Several entities are identity providers; the document must name one.
    SeveralIdentityProviders(usize),
    /// A required attribute or element is absent.
    Missing(&'static str),
    /// A `validUntil` that is not an `xs:dateTime`.
    Time(String),
    Value(ValueError),
    Certificate(CertificateError),
    /// No signing certificate at all.
    NoSigningCertificate,
}

impl fmt::Display for MetadataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Xml(e) => e.fmt(f),
            Self::NotMetadata => f.write_str("document is not SAML 2.0 metadata"),
            Self::NoIdentityProvider => f.write_str("metadata describes no identity provider"),
            Self::SeveralIdentityProviders(n) => {
                write!(f, "metadata describes {n} identity providers; expected one")
            }
            Self::Missing(what) => write!(f, "`{what}` is missing"),
            Self::Time(v) => write!(f, "`validUntil` `{v}` is not a valid time"),
            Self::Value(e) => e.fmt(f),
            Self::Certificate(e) => e.fmt(f),
            Self::NoSigningCertificate => f.write_str("metadata has no signing certificate"),
        }
    }
}

impl std::error::Error for MetadataError {}

/// Parses IdP metadata (no DTD, default limits).
pub fn parse(xml: &str) -> Result<IdpMetadata, MetadataError> {
    let doc = parse_xml(xml, &Limits::default()).map_err(MetadataError::Xml)?;
    let root = doc.root_element();
    let mut entities = Vec::new();
    if is(root, NS_MD, "EntityDescriptor") {
        entities.push(root);
    } else if is(root, NS_MD, "EntitiesDescriptor") {
        entities.extend(
            root.descendants()
                .filter(|n| is(*n, NS_MD, "EntityDescriptor")),
        );
    } else {
        return Err(MetadataError::NotMetadata);
    }
    let idps: Vec<Node<'_, '_>> = entities
        .into_iter()
        .filter(|e| {
            children_named(*e, NS_MD, "IDPSSODescriptor")
                .next()
                .is_some()
        })
        .collect();
    let entity = match idps[..] {
        [] => return Err(MetadataError::NoIdentityProvider),
        [one] => one,
        _ => return Err(MetadataError::SeveralIdentityProviders(idps.len())),
    };
    let entity_id = match entity.attribute("entityID") {
        Some(id) if !id.trim().is_empty() => id.trim().to_owned(),
        _ => return Err(MetadataError::Missing("entityID")),
    };
    let mut valid_until: Option<Timestamp> = None;
    for node in entity.ancestors().filter(Node::is_element) {
        if let Some(v) = node.attribute("validUntil") {
            let t =
                Timestamp::parse_xs_datetime(v).ok_or_else(|| MetadataError::Time(v.to_owned()))?;
            valid_until = Some(valid_until.map_or(t, |u| u.min(t)));
        }
    }
    let mut signing_certificates = Vec::new();
    let mut sso_endpoints = Vec::new();
    for descriptor in children_named(entity, NS_MD, "IDPSSODescriptor") {
        for key in children_named(descriptor, NS_MD, "KeyDescriptor") {
            if !matches!(key.attribute("use"), None | Some("signing")) {
                continue;
            }
            for info in children_named(key, NS_DS, "KeyInfo") {
                for data in children_named(info, NS_DS, "X509Data") {
                    for cert in children_named(data, NS_DS, "X509Certificate") {
                        let text = leaf_text(cert).map_err(MetadataError::Value)?;
                        let cert =
                            IdpCertificate::from_pem(text).map_err(MetadataError::Certificate)?;
                        if !signing_certificates
                            .iter()
                            .any(|c: &IdpCertificate| c.der() == cert.der())
                        {
                            signing_certificates.push(cert);
                        }
                    }
                }
            }
        }
        for sso in children_named(descriptor, NS_MD, "SingleSignOnService") {
            let binding = sso
                .attribute("Binding")
                .ok_or(MetadataError::Missing("Binding"))?;
            let location = sso
                .attribute("Location")
                .ok_or(MetadataError::Missing("Location"))?;
            sso_endpoints.push(SsoEndpoint {
                binding: binding.to_owned(),
                location: location.to_owned(),
            });
        }
    }
    if signing_certificates.is_empty() {
        return Err(MetadataError::NoSigningCertificate);
    }
    Ok(IdpMetadata {
        entity_id,
        signing_certificates,
        sso_endpoints,
        valid_until,
    })
}
