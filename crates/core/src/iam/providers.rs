//! Identity providers as IAM entities: OpenID Connect providers (issuer URL, audiences,
//! thumbprints) and SAML providers (a metadata document checked for an IdP signing
//! certificate). Federation through them lives elsewhere.

use serde::{Deserialize, Serialize};

use super::records::{self, Tag};
use super::{Iam, IamError, check_tags, merge_tags, remove_tags};
use crate::store::Tx;

/// `account/host-and-path` → [`OidcProvider`].
pub const OIDC_PROVIDERS: &str = "iam-oidc-providers";
/// `account/lowercased name` → [`SamlProvider`].
pub const SAML_PROVIDERS: &str = "iam-saml-providers";

const MAX_CLIENT_IDS: usize = 100;
const MAX_THUMBPRINTS: usize = 5;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OidcProvider {
    pub account_id: String,
    pub arn: String,
    /// The issuer without its scheme, as IAM reports it.
    pub url: String,
    pub client_ids: Vec<String>,
    pub thumbprints: Vec<String>,
    pub created: i64,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SamlProvider {
    pub account_id: String,
    pub arn: String,
    pub name: String,
    pub metadata: String,
    pub entity_id: String,
    /// The IdP's signing certificates (base64 DER, whitespace removed).
    pub signing_certificates: Vec<String>,
    pub created: i64,
    pub valid_until: i64,
    pub tags: Vec<Tag>,
}

/// What IAM keeps of a SAML metadata document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SamlMetadata {
    pub entity_id: String,
    pub signing_certificates: Vec<String>,
    /// `validUntil` in milliseconds since the epoch, when the document states one.
    pub valid_until: Option<i64>,
}

const MD_NS: &str = "urn:oasis:names:tc:SAML:2.0:metadata";
const DS_NS: &str = "http://www.w3.org/2000/09/xmldsig#";

fn bad_metadata(why: &str) -> IamError {
    IamError::InvalidInput(format!("Could not parse metadata: {why}"))
}

/// Parses SAML metadata narrowly: no DTD, an `EntityDescriptor` (possibly inside
/// `EntitiesDescriptor`) with an `IDPSSODescriptor` holding a signing certificate.
pub fn parse_saml_metadata(text: &str) -> Result<SamlMetadata, IamError> {
    if text.contains("<!DOCTYPE") || text.contains("<!ENTITY") {
        return Err(bad_metadata("document type declarations are not accepted"));
    }
    let doc = roxmltree::Document::parse_with_options(
        text,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .map_err(|e| bad_metadata(&e.to_string()))?;
    let is = |n: &roxmltree::Node<'_, '_>, ns: &str, name: &str| {
        n.is_element() && n.tag_name().namespace() == Some(ns) && n.tag_name().name() == name
    };
    let root = doc.root_element();
    let entity = if is(&root, MD_NS, "EntityDescriptor") {
        root
    } else if is(&root, MD_NS, "EntitiesDescriptor") {
        root.children()
            .find(|c| {
                is(c, MD_NS, "EntityDescriptor")
                    && c.children().any(|d| is(&d, MD_NS, "IDPSSODescriptor"))
            })
            .ok_or_else(|| bad_metadata("no EntityDescriptor with an IDPSSODescriptor"))?
    } else {
        return Err(bad_metadata("the root element is not an EntityDescriptor"));
    };
    let entity_id = entity
        .attribute("entityID")
        .filter(|e| !e.is_empty())
        .ok_or_else(|| bad_metadata("the EntityDescriptor has no entityID"))?
        .to_owned();
    let idp = entity
        .children()
        .find(|c| is(c, MD_NS, "IDPSSODescriptor"))
        .ok_or_else(|| bad_metadata("no IDPSSODescriptor"))?;
    let mut certs = Vec::new();
    for kd in idp.children().filter(|c| is(c, MD_NS, "KeyDescriptor")) {
        if kd.attribute("use").is_some_and(|u| u != "signing") {
            continue;
        }
        for cert in kd.descendants().filter(|n| is(n, DS_NS, "X509Certificate")) {
            let b64: String = cert
                .text()
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            use base64::Engine;
            let der = base64::engine::general_purpose::STANDARD
                .decode(&b64)
                .map_err(|_| bad_metadata("an X509Certificate is not base64"))?;
            // A DER certificate is a SEQUENCE.
            if der.first() != Some(&0x30) || der.len() < 64 {
                return Err(bad_metadata("an X509Certificate is not a DER certificate"));
            }
            certs.push(b64);
        }
    }
    if certs.is_empty() {
        return Err(bad_metadata(
            "the IDPSSODescriptor has no signing certificate",
        ));
    }
    let valid_until = entity
        .attribute("validUntil")
        .or_else(|| root.attribute("validUntil"))
        .map(|v| {
            time::OffsetDateTime::parse(v, &time::format_description::well_known::Rfc3339)
                .map(|t| i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX))
                .map_err(|_| bad_metadata("validUntil is not a dateTime"))
        })
        .transpose()?;
    Ok(SamlMetadata {
        entity_id,
        signing_certificates: certs,
        valid_until,
    })
}

/// The issuer URL without `https://` and a trailing slash, checked.
fn oidc_url(url: &str) -> Result<String, IamError> {
    let invalid = || IamError::Validation("Invalid Open ID Connect Provider URL".to_owned());
    let rest = url.strip_prefix("https://").ok_or_else(invalid)?;
    let rest = rest.trim_end_matches('/');
    let host = rest.split('/').next().unwrap_or_default();
    if url.len() > 255
        || host.is_empty()
        || rest.contains(['?', '#', ' '])
        || !host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.:".contains(&b))
    {
        return Err(invalid());
    }
    Ok(rest.to_owned())
}

fn check_client_ids(ids: &[String]) -> Result<(), IamError> {
    if ids.len() > MAX_CLIENT_IDS {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: {MAX_CLIENT_IDS}"
        )));
    }
    for id in ids {
        if id.is_empty() || id.len() > 255 {
            return Err(IamError::Validation(format!(
                "1 validation error detected: Value '{id}' at 'clientIDList' failed to satisfy constraint: Member must have length between 1 and 255"
            )));
        }
    }
    Ok(())
}

fn check_thumbprints(prints: &[String]) -> Result<(), IamError> {
    if prints.len() > MAX_THUMBPRINTS {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for ThumbprintsPerOpenIdConnectProvider: {MAX_THUMBPRINTS}"
        )));
    }
    for t in prints {
        if t.len() != 40 || !t.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(IamError::Validation(format!(
                "1 validation error detected: Value '{t}' at 'thumbprintList' failed to satisfy constraint: Member must have length greater than or equal to 40 and consist of hexadecimal digits"
            )));
        }
    }
    Ok(())
}

fn dedup(list: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(list.len());
    for x in list {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The store key of a provider ARN in `account`: what follows `oidc-provider/` or
/// `saml-provider/`.
fn provider_key(account: &str, arn: &str, kind: &str) -> Option<String> {
    let (head, rest) = arn.split_once(&format!(":{kind}/"))?;
    let owner = head.rsplit(':').next()?;
    (owner == account).then(|| format!("{account}/{}", rest.to_ascii_lowercase()))
}

fn no_such_oidc(arn: &str) -> IamError {
    IamError::NoSuchEntity(format!("OpenIDConnect Provider not found for arn {arn}"))
}

fn no_such_saml(arn: &str) -> IamError {
    IamError::NoSuchEntity(format!("SAMLProvider not found for arn {arn}"))
}

fn count_providers(tx: &mut dyn Tx, account: &str, limit: usize) -> Result<usize, IamError> {
    let prefix = format!("{account}/");
    Ok(tx.scan(OIDC_PROVIDERS, &prefix, None, limit + 1)?.len()
        + tx.scan(SAML_PROVIDERS, &prefix, None, limit + 1)?.len())
}

impl Iam<'_> {
    pub fn create_oidc_provider(
        &self,
        account: &str,
        url: &str,
        client_ids: Vec<String>,
        thumbprints: Vec<String>,
        tags: Vec<Tag>,
    ) -> Result<OidcProvider, IamError> {
        let stripped = oidc_url(url)?;
        let client_ids = dedup(client_ids);
        let thumbprints = dedup(thumbprints.into_iter().map(|t| t.to_lowercase()).collect());
        check_client_ids(&client_ids)?;
        check_thumbprints(&thumbprints)?;
        check_tags(&tags, self.quotas().tags_per_entity)?;
        let arn = self.arn(account, "oidc-provider", "/", &stripped);
        let provider = OidcProvider {
            account_id: account.to_owned(),
            arn,
            url: stripped.clone(),
            client_ids,
            thumbprints,
            created: self.now(),
            tags,
        };
        let mut tx = self.inst.store().begin()?;
        let quota = self.quotas().providers_per_account;
        if count_providers(tx.as_mut(), account, quota)? >= quota {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for OpenIdConnectProvidersPerAccount: {quota}"
            )));
        }
        let k = format!("{account}/{}", stripped.to_ascii_lowercase());
        if !records::insert(tx.as_mut(), OIDC_PROVIDERS, &k, &provider)? {
            return Err(IamError::EntityAlreadyExists(format!(
                "Provider with url https://{stripped} already exists."
            )));
        }
        tx.commit()?;
        Ok(provider)
    }

    fn load_oidc(tx: &mut dyn Tx, account: &str, arn: &str) -> Result<OidcProvider, IamError> {
        let k = provider_key(account, arn, "oidc-provider").ok_or_else(|| no_such_oidc(arn))?;
        records::load(tx, OIDC_PROVIDERS, &k)?.ok_or_else(|| no_such_oidc(arn))
    }

    pub fn get_oidc_provider(&self, account: &str, arn: &str) -> Result<OidcProvider, IamError> {
        let mut tx = self.inst.store().read()?;
        Self::load_oidc(tx.as_mut(), account, arn)
    }

    pub fn list_oidc_providers(&self, account: &str) -> Result<Vec<OidcProvider>, IamError> {
        let mut tx = self.inst.store().read()?;
        tx.scan(OIDC_PROVIDERS, &format!("{account}/"), None, usize::MAX)?
            .into_iter()
            .map(|(k, v)| {
                serde_json::from_slice(&v)
                    .map_err(|_| IamError::Internal(format!("corrupt record {k}")))
            })
            .collect()
    }

    /// Applies `change` to the provider and stores it, in one transaction.
    pub fn update_oidc_provider(
        &self,
        account: &str,
        arn: &str,
        change: impl FnOnce(&mut OidcProvider) -> Result<(), IamError>,
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = Self::load_oidc(tx.as_mut(), account, arn)?;
        change(&mut p)?;
        p.client_ids = dedup(std::mem::take(&mut p.client_ids));
        check_client_ids(&p.client_ids)?;
        check_thumbprints(&p.thumbprints)?;
        if p.tags.len() > self.quotas().tags_per_entity {
            check_tags(&p.tags, self.quotas().tags_per_entity)?;
        }
        let k = format!("{account}/{}", p.url.to_ascii_lowercase());
        records::save(tx.as_mut(), OIDC_PROVIDERS, &k, &p)?;
        Ok(tx.commit()?)
    }

    pub fn tag_oidc_provider(
        &self,
        account: &str,
        arn: &str,
        tags: &[Tag],
    ) -> Result<(), IamError> {
        let quota = self.quotas().tags_per_entity;
        self.update_oidc_provider(account, arn, |p| merge_tags(&mut p.tags, tags, quota))
    }

    pub fn untag_oidc_provider(
        &self,
        account: &str,
        arn: &str,
        keys: &[String],
    ) -> Result<(), IamError> {
        self.update_oidc_provider(account, arn, |p| {
            remove_tags(&mut p.tags, keys);
            Ok(())
        })
    }

    pub fn delete_oidc_provider(&self, account: &str, arn: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let p = Self::load_oidc(tx.as_mut(), account, arn)?;
        tx.delete(
            OIDC_PROVIDERS,
            &format!("{account}/{}", p.url.to_ascii_lowercase()),
        )?;
        Ok(tx.commit()?)
    }

    pub fn create_saml_provider(
        &self,
        account: &str,
        name: &str,
        metadata: &str,
        tags: Vec<Tag>,
    ) -> Result<SamlProvider, IamError> {
        let name_ok = (1..=128).contains(&name.len())
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
        if !name_ok {
            return Err(IamError::Validation(format!(
                "1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w._-]+"
            )));
        }
        check_metadata_size(metadata)?;
        check_tags(&tags, self.quotas().tags_per_entity)?;
        let md = parse_saml_metadata(metadata)?;
        let now = self.now();
        let provider = SamlProvider {
            account_id: account.to_owned(),
            arn: self.arn(account, "saml-provider", "/", name),
            name: name.to_owned(),
            metadata: metadata.to_owned(),
            entity_id: md.entity_id,
            signing_certificates: md.signing_certificates,
            created: now,
            valid_until: md.valid_until.unwrap_or(now + DEFAULT_VALIDITY_MS),
            tags,
        };
        let mut tx = self.inst.store().begin()?;
        let quota = self.quotas().providers_per_account;
        if count_providers(tx.as_mut(), account, quota)? >= quota {
            return Err(IamError::LimitExceeded(format!(
                "Cannot exceed quota for SamlProvidersPerAccount: {quota}"
            )));
        }
        if !records::insert(
            tx.as_mut(),
            SAML_PROVIDERS,
            &records::key(account, name),
            &provider,
        )? {
            return Err(IamError::EntityAlreadyExists(format!(
                "SAMLProvider {name} already exists"
            )));
        }
        tx.commit()?;
        Ok(provider)
    }

    fn load_saml(tx: &mut dyn Tx, account: &str, arn: &str) -> Result<SamlProvider, IamError> {
        let k = provider_key(account, arn, "saml-provider").ok_or_else(|| no_such_saml(arn))?;
        records::load(tx, SAML_PROVIDERS, &k)?.ok_or_else(|| no_such_saml(arn))
    }

    pub fn get_saml_provider(&self, account: &str, arn: &str) -> Result<SamlProvider, IamError> {
        let mut tx = self.inst.store().read()?;
        Self::load_saml(tx.as_mut(), account, arn)
    }

    pub fn list_saml_providers(&self, account: &str) -> Result<Vec<SamlProvider>, IamError> {
        let mut tx = self.inst.store().read()?;
        tx.scan(SAML_PROVIDERS, &format!("{account}/"), None, usize::MAX)?
            .into_iter()
            .map(|(k, v)| {
                serde_json::from_slice(&v)
                    .map_err(|_| IamError::Internal(format!("corrupt record {k}")))
            })
            .collect()
    }

    pub fn update_saml_provider(
        &self,
        account: &str,
        arn: &str,
        metadata: &str,
    ) -> Result<SamlProvider, IamError> {
        check_metadata_size(metadata)?;
        let md = parse_saml_metadata(metadata)?;
        let mut tx = self.inst.store().begin()?;
        let mut p = Self::load_saml(tx.as_mut(), account, arn)?;
        p.metadata = metadata.to_owned();
        p.entity_id = md.entity_id;
        p.signing_certificates = md.signing_certificates;
        p.valid_until = md.valid_until.unwrap_or(self.now() + DEFAULT_VALIDITY_MS);
        records::save(
            tx.as_mut(),
            SAML_PROVIDERS,
            &records::key(account, &p.name),
            &p,
        )?;
        tx.commit()?;
        Ok(p)
    }

    pub fn retag_saml_provider(
        &self,
        account: &str,
        arn: &str,
        add: &[Tag],
        remove: &[String],
    ) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let mut p = Self::load_saml(tx.as_mut(), account, arn)?;
        merge_tags(&mut p.tags, add, self.quotas().tags_per_entity)?;
        remove_tags(&mut p.tags, remove);
        records::save(
            tx.as_mut(),
            SAML_PROVIDERS,
            &records::key(account, &p.name),
            &p,
        )?;
        Ok(tx.commit()?)
    }

    pub fn delete_saml_provider(&self, account: &str, arn: &str) -> Result<(), IamError> {
        let mut tx = self.inst.store().begin()?;
        let p = Self::load_saml(tx.as_mut(), account, arn)?;
        tx.delete(SAML_PROVIDERS, &records::key(account, &p.name))?;
        Ok(tx.commit()?)
    }
}

/// Metadata without `validUntil` stays valid this long (about a hundred years).
const DEFAULT_VALIDITY_MS: i64 = 100 * 365 * 24 * 3600 * 1000;

fn check_metadata_size(metadata: &str) -> Result<(), IamError> {
    if metadata.len() < 1000 || metadata.len() > 10_000_000 {
        return Err(IamError::Validation(format!(
            "1 validation error detected: Value at 'sAMLMetadataDocument' failed to satisfy constraint: Member must have length between 1000 and 10000000 (it has {})",
            metadata.len()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn metadata(cert: &str, extra: &str) -> String {
        format!(
            r#"<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.test/saml" {extra}>
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>{cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://idp.example.test/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>"#
        )
    }

    fn fake_cert() -> String {
        use base64::Engine;
        let mut der = vec![0x30, 0x82, 0x01, 0x00];
        der.extend(std::iter::repeat_n(7u8, 256));
        base64::engine::general_purpose::STANDARD.encode(der)
    }

    #[test]
    fn metadata_with_a_signing_certificate_parses() {
        let md = parse_saml_metadata(&metadata(
            &fake_cert(),
            r#"validUntil="2030-01-02T03:04:05Z""#,
        ))
        .unwrap();
        assert_eq!(md.entity_id, "https://idp.example.test/saml");
        assert_eq!(md.signing_certificates.len(), 1);
        assert_eq!(md.valid_until, Some(1_893_553_445_000));
    }

    #[test]
    fn bad_metadata_is_refused() {
        assert!(parse_saml_metadata(&metadata("bm90IGEgY2VydA==", "")).is_err());
        assert!(parse_saml_metadata("<x/>").is_err());
        let dtd = format!(
            "<!DOCTYPE md [<!ENTITY e \"x\">]>{}",
            metadata(&fake_cert(), "")
                .split_once("?>")
                .map(|x| x.1)
                .unwrap_or_default()
        );
        assert!(parse_saml_metadata(&dtd).is_err());
        let no_cert = metadata(&fake_cert(), "").replace("use=\"signing\"", "use=\"encryption\"");
        assert!(parse_saml_metadata(&no_cert).is_err());
    }

    #[test]
    fn oidc_urls_must_be_https() {
        assert_eq!(
            oidc_url("https://token.example.test/").unwrap(),
            "token.example.test"
        );
        assert!(oidc_url("http://token.example.test").is_err());
        assert!(oidc_url("https://").is_err());
        assert!(oidc_url("https://a.test/?x=1").is_err());
    }
}
