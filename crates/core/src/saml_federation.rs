//! SAML federation's domain rules: verifying a response against an IAM SAML provider,
//! the `Role` attribute's role/provider pairs, AWS's `NameQualifier`, and the replay
//! claims of assertion ids kept in the store so that every node sees them.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Duration;

use base64::Engine;
use gatehouse_saml::{
    ConditionError, IdpCertificate, VerifiedResponse, VerifyError, VerifyOptions,
};
use serde::{Deserialize, Serialize};
use sha1::Digest;

pub use gatehouse_saml as saml;

use crate::iam::providers::SamlProvider;
use crate::store::{Store, StoreError};

/// The sign-in endpoint AWS's IdP configurations name as recipient and audience.
pub const AWS_SIGNIN_URL: &str = "https://signin.aws.amazon.com/saml";
/// The audience URN AWS accepts beside the sign-in URL.
pub const AWS_AUDIENCE_URN: &str = "urn:amazon:webservices";

pub const ROLE_ATTRIBUTE: &str = "https://aws.amazon.com/SAML/Attributes/Role";
pub const ROLE_SESSION_NAME_ATTRIBUTE: &str =
    "https://aws.amazon.com/SAML/Attributes/RoleSessionName";
pub const SESSION_DURATION_ATTRIBUTE: &str =
    "https://aws.amazon.com/SAML/Attributes/SessionDuration";
pub const PRINCIPAL_TAG_PREFIX: &str = "https://aws.amazon.com/SAML/Attributes/PrincipalTag:";
pub const TRANSITIVE_TAG_KEYS_ATTRIBUTE: &str =
    "https://aws.amazon.com/SAML/Attributes/TransitiveTagKeys";
pub const SOURCE_IDENTITY_ATTRIBUTE: &str = "https://aws.amazon.com/SAML/Attributes/SourceIdentity";

/// Replay claims: `sha256(issuer, assertion id)` → [`ReplayClaim`].
pub const REPLAY_CLAIMS: &str = "saml-assertion-ids";

/// One `role-arn,provider-arn` value of the `Role` attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePair {
    pub role_arn: String,
    pub provider_arn: String,
}

/// The role/provider pairs of the `Role` attribute's values, in either order; values
/// that are not such a pair are skipped (IdPs send them, AWS ignores them).
pub fn role_pairs(values: &[String]) -> Vec<RolePair> {
    let mut out = Vec::new();
    for value in values {
        let Some((a, b)) = value.split_once(',') else {
            continue;
        };
        let (a, b) = (a.trim(), b.trim());
        let pair = match (arn_kind(a), arn_kind(b)) {
            (Some(ArnKind::Role), Some(ArnKind::Provider)) => (a, b),
            (Some(ArnKind::Provider), Some(ArnKind::Role)) => (b, a),
            _ => continue,
        };
        let pair = RolePair {
            role_arn: pair.0.to_owned(),
            provider_arn: pair.1.to_owned(),
        };
        if !out.contains(&pair) {
            out.push(pair);
        }
    }
    out
}

enum ArnKind {
    Role,
    Provider,
}

fn arn_kind(arn: &str) -> Option<ArnKind> {
    let mut parts = arn.splitn(6, ':');
    let (arn_, _partition, service, region, account, resource) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if arn_ != "arn" || service != "iam" || !region.is_empty() || account.len() != 12 {
        return None;
    }
    if !account.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if resource
        .strip_prefix("role/")
        .is_some_and(|r| !r.is_empty())
    {
        Some(ArnKind::Role)
    } else if resource
        .strip_prefix("saml-provider/")
        .is_some_and(|r| !r.is_empty())
    {
        Some(ArnKind::Provider)
    } else {
        None
    }
}

/// AWS's `NameQualifier`: base64 of SHA-1 over issuer, account id and `/provider-name`.
/// Together with `Subject` it names one federated user across sessions.
pub fn name_qualifier(issuer: &str, account: &str, provider_name: &str) -> String {
    let mut h = sha1::Sha1::new();
    h.update(issuer.as_bytes());
    h.update(account.as_bytes());
    h.update(b"/");
    h.update(provider_name.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(h.finalize())
}

/// `SubjectType` / `saml:sub_type`: the short names for persistent and transient
/// identifiers, the full format URI otherwise.
pub fn subject_type(format: Option<&str>) -> String {
    match format {
        Some("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent") => "persistent".to_owned(),
        Some("urn:oasis:names:tc:SAML:2.0:nameid-format:transient") => "transient".to_owned(),
        Some(other) => other.to_owned(),
        None => "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified".to_owned(),
    }
}

/// Why a SAML response is not accepted, as STS reports it.
#[derive(Debug)]
pub enum FederationError {
    /// The response is malformed, unsigned, signed by the wrong key, or not for us.
    Invalid(String),
    /// The assertion or the provider's metadata has expired.
    Expired(String),
    /// The IdP's response says authentication failed, or a claim is unacceptable.
    Rejected(String),
    /// The assertion was already used.
    Replayed,
    Store(StoreError),
}

impl FederationError {
    /// The AWS error code and message.
    pub fn aws(&self) -> (&'static str, String) {
        match self {
            Self::Invalid(m) => ("InvalidIdentityToken", m.clone()),
            Self::Expired(m) => ("ExpiredToken", m.clone()),
            Self::Rejected(m) => ("IDPRejectedClaim", m.clone()),
            Self::Replayed => (
                "InvalidIdentityToken",
                "The SAML assertion has already been used.".to_owned(),
            ),
            Self::Store(_) => ("InternalFailure", "An internal error occurred.".to_owned()),
        }
    }
}

impl fmt::Display for FederationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Store(e) => e.fmt(f),
            other => f.write_str(&other.aws().1),
        }
    }
}

impl std::error::Error for FederationError {}

impl From<StoreError> for FederationError {
    fn from(e: StoreError) -> Self {
        FederationError::Store(e)
    }
}

/// Where responses are accepted: the recipients (`Destination`, bearer `Recipient`)
/// and audiences this endpoint answers to, and the allowed clock difference.
#[derive(Debug, Clone)]
pub struct Endpoint<'a> {
    pub recipients: &'a [String],
    pub audiences: &'a [String],
    pub skew: Duration,
}

/// Verifies a base64 `SAMLResponse` against `provider` at `now_ms` (no replay claim):
/// the signature with the provider's certificates only, the issuer, the provider's
/// `ValidUntil`, and the conditions for `endpoint`.
/// A provider's signing certificates, parsed. Parsing (X.509, then the RSA key's
/// Montgomery form) costs a good part of a verification, and providers change rarely,
/// so parsed lists are kept by their base64 text, which is all they depend on.
fn parsed_certificates(b64: &[String]) -> Arc<[IdpCertificate]> {
    type Parsed = HashMap<Vec<String>, Arc<[IdpCertificate]>>;
    static PARSED: LazyLock<Mutex<Parsed>> = LazyLock::new(Mutex::default);
    const KEEP: usize = 256;
    if let Ok(cache) = PARSED.lock()
        && let Some(found) = cache.get(b64)
    {
        return Arc::clone(found);
    }
    let parsed: Arc<[IdpCertificate]> = b64
        .iter()
        .filter_map(|text| {
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .ok()
                .and_then(|der| IdpCertificate::from_der(&der).ok())
        })
        .collect();
    if let Ok(mut cache) = PARSED.lock() {
        if cache.len() >= KEEP {
            cache.clear();
        }
        cache.insert(b64.to_vec(), Arc::clone(&parsed));
    }
    parsed
}

pub fn verify_for_provider(
    provider: &SamlProvider,
    saml_response: &str,
    now_ms: i64,
    endpoint: &Endpoint<'_>,
) -> Result<VerifiedResponse, FederationError> {
    if provider.valid_until <= now_ms {
        return Err(FederationError::Expired(format!(
            "The metadata of SAML provider {} is no longer valid.",
            provider.arn
        )));
    }
    let certificates = parsed_certificates(&provider.signing_certificates);
    if certificates.is_empty() {
        return Err(FederationError::Invalid(format!(
            "SAML provider {} has no usable signing certificate.",
            provider.arn
        )));
    }
    let verified = gatehouse_saml::verify_base64(saml_response, &VerifyOptions::new(&certificates))
        .map_err(|e| verify_error(&e))?;
    if verified.assertion.issuer != provider.entity_id {
        return Err(FederationError::Invalid(format!(
            "Issuer `{}` is not the entity id of SAML provider {}.",
            verified.assertion.issuer, provider.arn
        )));
    }
    let now = gatehouse_saml::Timestamp(now_ms);
    let audiences: Vec<&str> = endpoint.audiences.iter().map(String::as_str).collect();
    let mut first = None;
    for recipient in endpoint.recipients {
        match verified.check_conditions(now, &audiences, recipient, endpoint.skew) {
            Ok(()) => return Ok(verified),
            Err(e) => {
                first.get_or_insert(e);
            }
        }
    }
    Err(first.map_or_else(
        || FederationError::Invalid("No recipient is accepted.".to_owned()),
        |e| condition_error(&e),
    ))
}

fn verify_error(e: &VerifyError) -> FederationError {
    match e {
        VerifyError::Status(s) => FederationError::Rejected(format!(
            "The identity provider reported that authentication failed (`{}`).",
            s.code
        )),
        other => FederationError::Invalid(format!("Invalid SAML response: {other}.")),
    }
}

fn condition_error(e: &ConditionError) -> FederationError {
    match e {
        ConditionError::Expired { .. }
        | ConditionError::ConfirmationExpired { .. }
        | ConditionError::SessionExpired { .. } => {
            FederationError::Expired(format!("Token expired: {e}."))
        }
        other => FederationError::Invalid(format!("Invalid SAML response: {other}.")),
    }
}

/// Until when an assertion could still be accepted, so its replay claim must last.
pub fn replay_horizon_ms(response: &VerifiedResponse, skew: Duration) -> i64 {
    let a = &response.assertion;
    let mut until = a
        .conditions
        .as_ref()
        .and_then(|c| c.not_on_or_after)
        .map_or(i64::MIN, |t| t.0);
    for c in &a.subject.confirmations {
        if let Some(t) = c.not_on_or_after {
            until = until.max(t.0);
        }
    }
    let skew = i64::try_from(skew.as_millis()).unwrap_or(i64::MAX);
    until.saturating_add(skew)
}

#[derive(Debug, Serialize, Deserialize)]
struct ReplayClaim {
    /// Milliseconds since the epoch after which the id may be forgotten.
    until: i64,
}

fn replay_key(issuer: &str, assertion_id: &str) -> String {
    let mut h = sha2::Sha256::new();
    h.update(issuer.as_bytes());
    h.update([0]);
    h.update(assertion_id.as_bytes());
    crate::ids::hex_lower(&h.finalize())
}

/// Claims `assertion_id` of `issuer` until `until_ms`: `Replayed` when it is already
/// claimed. The claim is an insert on the store's primary key, so two nodes racing
/// with the same assertion get one success.
pub fn claim_assertion(
    store: &dyn Store,
    issuer: &str,
    assertion_id: &str,
    until_ms: i64,
    now_ms: i64,
) -> Result<(), FederationError> {
    let key = replay_key(issuer, assertion_id);
    let value = serde_json::to_vec(&ReplayClaim { until: until_ms })
        .map_err(|e| StoreError::Backend(e.to_string()))?;
    let mut tx = store.begin()?;
    match tx.insert(REPLAY_CLAIMS, &key, &value) {
        Ok(()) => {}
        Err(StoreError::Conflict) => {
            let old = tx
                .get(REPLAY_CLAIMS, &key)?
                .and_then(|v| serde_json::from_slice::<ReplayClaim>(&v).ok());
            // A claim past its horizon protects nothing: the assertion is expired.
            if old.is_some_and(|c| c.until > now_ms) {
                return Err(FederationError::Replayed);
            }
            tx.put(REPLAY_CLAIMS, &key, &value)?;
        }
        Err(e) => return Err(e.into()),
    }
    crate::expiry::note(&mut *tx, REPLAY_CLAIMS, &key, until_ms)?;
    match tx.commit() {
        Ok(()) => Ok(()),
        Err(StoreError::Conflict) => Err(FederationError::Replayed),
        Err(e) => Err(e.into()),
    }
}

/// The provider ARNs an unverified response's `Role` attribute names, to find the
/// keys to verify it with. Nothing read here is trusted.
pub fn unverified_provider_arns(saml_response: &str) -> Vec<String> {
    let compact: String = saml_response
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(compact) else {
        return Vec::new();
    };
    if bytes.len() > 256 * 1024 {
        return Vec::new();
    }
    let Ok(text) = std::str::from_utf8(&bytes) else {
        return Vec::new();
    };
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: 20_000,
        ..roxmltree::ParsingOptions::default()
    };
    let Ok(doc) = roxmltree::Document::parse_with_options(text, opts) else {
        return Vec::new();
    };
    let mut values = Vec::new();
    for attr in doc.descendants().filter(|n| {
        n.is_element()
            && n.tag_name().name() == "Attribute"
            && n.attribute("Name") == Some(ROLE_ATTRIBUTE)
    }) {
        for v in attr
            .children()
            .filter(|n| n.is_element() && n.tag_name().name() == "AttributeValue")
        {
            values.push(v.text().unwrap_or_default().to_owned());
        }
    }
    let mut arns: Vec<String> = Vec::new();
    for p in role_pairs(&values) {
        if !arns.contains(&p.provider_arn) {
            arns.push(p.provider_arn);
        }
    }
    arns
}

/// SAML attributes AWS exposes as `saml:` condition keys, by attribute name (OID URN).
pub const ATTRIBUTE_KEYS: &[(&str, &str)] = &[
    ("saml:cn", "urn:oid:2.5.4.3"),
    ("saml:commonName", "urn:oid:2.5.4.3"),
    ("saml:eduorghomepageuri", "urn:oid:1.3.6.1.4.1.5923.1.2.1.2"),
    (
        "saml:eduorgidentityauthnpolicyuri",
        "urn:oid:1.3.6.1.4.1.5923.1.2.1.3",
    ),
    ("saml:eduorglegalname", "urn:oid:1.3.6.1.4.1.5923.1.2.1.4"),
    ("saml:eduorgsuperioruri", "urn:oid:1.3.6.1.4.1.5923.1.2.1.5"),
    (
        "saml:eduorgwhitepagesuri",
        "urn:oid:1.3.6.1.4.1.5923.1.2.1.6",
    ),
    (
        "saml:edupersonaffiliation",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.1",
    ),
    ("saml:edupersonnickname", "urn:oid:1.3.6.1.4.1.5923.1.1.1.2"),
    ("saml:edupersonorgdn", "urn:oid:1.3.6.1.4.1.5923.1.1.1.3"),
    (
        "saml:edupersonorgunitdn",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.4",
    ),
    (
        "saml:edupersonprimaryaffiliation",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.5",
    ),
    (
        "saml:edupersonprincipalname",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.6",
    ),
    (
        "saml:edupersonentitlement",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.7",
    ),
    (
        "saml:edupersonprimaryorgunitdn",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.8",
    ),
    (
        "saml:edupersonscopedaffiliation",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.9",
    ),
    (
        "saml:edupersontargetedid",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.10",
    ),
    (
        "saml:edupersonassurance",
        "urn:oid:1.3.6.1.4.1.5923.1.1.1.11",
    ),
    ("saml:givenName", "urn:oid:2.5.4.42"),
    ("saml:mail", "urn:oid:0.9.2342.19200300.100.1.3"),
    ("saml:name", "urn:oid:2.5.4.41"),
    (
        "saml:organizationStatus",
        "urn:oid:0.9.2342.19200300.100.1.45",
    ),
    ("saml:surname", "urn:oid:2.5.4.4"),
    ("saml:uid", "urn:oid:0.9.2342.19200300.100.1.1"),
    ("saml:x500UniqueIdentifier", "urn:oid:2.5.4.45"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_pairs_come_in_either_order_and_junk_is_skipped() {
        let values = [
            "arn:aws:iam::123456789012:role/Admin,arn:aws:iam::123456789012:saml-provider/Corp",
            "arn:aws:iam::123456789012:saml-provider/Corp, arn:aws:iam::210987654321:role/ops/Read",
            "arn:aws:iam::123456789012:role/A,arn:aws:iam::123456789012:role/B",
            "just-a-group",
            "arn:aws:iam::1234:role/Short,arn:aws:iam::123456789012:saml-provider/Corp",
        ]
        .map(str::to_owned);
        let pairs = role_pairs(&values);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].role_arn, "arn:aws:iam::123456789012:role/Admin");
        assert_eq!(pairs[1].role_arn, "arn:aws:iam::210987654321:role/ops/Read");
        assert_eq!(
            pairs[1].provider_arn,
            "arn:aws:iam::123456789012:saml-provider/Corp"
        );
    }

    #[test]
    fn name_qualifier_is_sha1_of_issuer_account_and_provider() {
        // Computed independently: printf '%s' 'https://idp.example.test/123456789012/Corp'
        // | openssl sha1 -binary | base64
        assert_eq!(
            name_qualifier("https://idp.example.test/", "123456789012", "Corp"),
            "AkNxlaD7t+IY7EtyorskMOsNleg="
        );
    }

    #[test]
    fn subject_types_use_aws_short_names() {
        assert_eq!(
            subject_type(Some("urn:oasis:names:tc:SAML:2.0:nameid-format:transient")),
            "transient"
        );
        assert_eq!(
            subject_type(Some(
                "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
            )),
            "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
        );
    }
}
