"""An ADFS-style SAML identity provider that signs thousands of distinct responses quickly.

Every AssumeRoleWithSAML request needs a response of its own (a replayed assertion ID is
refused), and a general XML signer spends tens of milliseconds on each. Here the
Assertion and the SignedInfo are written as text that is already in exclusive-canonical
form (namespace declarations only where exclusive C14N renders them, attributes in C14N
order, no self-closing tags, C14N escaping), so signing one is a SHA-256 of the assertion
text (the DigestValue) and one RSA-SHA256 signature of the SignedInfo text: about a
millisecond. `self_check` proves a response right with lxml's own exclusive
canonicalization and an independent verification; the harness runs it before measuring.
"""

import base64
import datetime
import hashlib
import multiprocessing
import os
import urllib.parse
import uuid

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID

NS_ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion"
NS_PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol"
NS_DS = "http://www.w3.org/2000/09/xmldsig#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
AWS_SIGNIN = "https://signin.aws.amazon.com/saml"
AWS_URN = "urn:amazon:webservices"
ROLE_ATTR = "https://aws.amazon.com/SAML/Attributes/Role"
# Security groups an ADFS claim rule typically passes on; their number sets the size.
GROUPS = [f"CN=APP-{i:03d}-Users,OU=Security Groups,OU=Corp,DC=corp,DC=example,DC=test" for i in range(33)]


def c14n_text(s):
    """Character data as exclusive C14N writes it."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#xD;")


def c14n_attr(s):
    """An attribute value as exclusive C14N writes it (inside double quotes)."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            .replace("\t", "&#x9;").replace("\n", "&#xA;").replace("\r", "&#xD;"))


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


class AdfsIdp:
    """An RSA-2048 signing key and its self-signed certificate (published in the metadata)."""

    def __init__(self, entity_id="http://adfs.corp.example.test/adfs/services/trust"):
        self.entity_id = entity_id
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        now = datetime.datetime.now(datetime.timezone.utc)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ADFS Signing - adfs.corp.example.test")])
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(days=1))
                .not_valid_after(now + datetime.timedelta(days=365))
                .sign(self.key, hashes.SHA256()))
        self.cert_b64 = base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()

    def metadata(self):
        return (f'<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{c14n_attr(self.entity_id)}">'
                f'<IDPSSODescriptor protocolSupportEnumeration="{NS_PROTOCOL}">'
                f'<KeyDescriptor use="signing"><KeyInfo xmlns="{NS_DS}"><X509Data>'
                f"<X509Certificate>{self.cert_b64}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>"
                f'<SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" '
                f'Location="https://adfs.corp.example.test/adfs/ls/"/></IDPSSODescriptor></EntityDescriptor>')

    @staticmethod
    def template(role_pairs, session_name="alice@corp.example.test", name_id="CORP\\alice"):
        """What a run's responses share: the Role attribute (`role-arn,provider-arn`
        values), the session name, the subject and the group claims (canonical text)."""
        def attribute(name, values):
            return (f'<Attribute Name="{c14n_attr(name)}">'
                    + "".join(f"<AttributeValue>{c14n_text(v)}</AttributeValue>" for v in values)
                    + "</Attribute>")

        statement = "".join([
            attribute("https://aws.amazon.com/SAML/Attributes/RoleSessionName", [session_name]),
            attribute(ROLE_ATTR, role_pairs),
            attribute("https://aws.amazon.com/SAML/Attributes/SessionDuration", ["3600"]),
            attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", [session_name]),
            attribute("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", [session_name]),
            attribute("http://schemas.xmlsoap.org/claims/Group", GROUPS),
        ])
        return {
            "pairs": list(role_pairs),
            "subject": f'<NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:transient">{c14n_text(name_id)}</NameID>',
            "statement": f"<AttributeStatement>{statement}</AttributeStatement>",
        }

    def response(self, template, now=None, valid_for=600):
        """One signed response (XML text) with a fresh assertion ID."""
        t = now or datetime.datetime.now(datetime.timezone.utc)
        issued = iso(t)
        not_before = iso(t - datetime.timedelta(seconds=60))
        not_after = iso(t + datetime.timedelta(seconds=valid_for))
        aid = f"_{uuid.uuid4()}"
        issuer = f"<Issuer>{c14n_text(self.entity_id)}</Issuer>"
        head = f'<Assertion xmlns="{NS_ASSERTION}" ID="{aid}" IssueInstant="{issued}" Version="2.0">{issuer}'
        tail = (f"<Subject>{template['subject']}"
                f'<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">'
                f'<SubjectConfirmationData NotOnOrAfter="{not_after}" Recipient="{AWS_SIGNIN}"></SubjectConfirmationData>'
                f"</SubjectConfirmation></Subject>"
                f'<Conditions NotBefore="{not_before}" NotOnOrAfter="{not_after}">'
                f"<AudienceRestriction><Audience>{AWS_URN}</Audience></AudienceRestriction></Conditions>"
                f"{template['statement']}"
                f'<AuthnStatement AuthnInstant="{issued}" SessionIndex="{aid}"><AuthnContext>'
                f"<AuthnContextClassRef>urn:federation:authentication:windows</AuthnContextClassRef>"
                f"</AuthnContext></AuthnStatement></Assertion>")
        # The enveloped-signature transform removes the Signature: what is digested is
        # the assertion without it, which is already canonical text.
        digest = base64.b64encode(hashlib.sha256((head + tail).encode()).digest()).decode()
        signed_info = signed_info_text(aid, digest)
        canonical = signed_info.replace("<ds:SignedInfo>", f'<ds:SignedInfo xmlns:ds="{NS_DS}">', 1)
        value = base64.b64encode(self.key.sign(canonical.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()
        signature = (f'<ds:Signature xmlns:ds="{NS_DS}">{signed_info}<ds:SignatureValue>{value}</ds:SignatureValue>'
                     f'<KeyInfo xmlns="{NS_DS}"><X509Data><X509Certificate>{self.cert_b64}</X509Certificate>'
                     f"</X509Data></KeyInfo></ds:Signature>")
        rid = f"_{uuid.uuid4()}"
        return (f'<samlp:Response xmlns:samlp="{NS_PROTOCOL}" ID="{rid}" Version="2.0" IssueInstant="{issued}" '
                f'Destination="{AWS_SIGNIN}" Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified">'
                f'<Issuer xmlns="{NS_ASSERTION}">{c14n_text(self.entity_id)}</Issuer>'
                f'<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success" /></samlp:Status>'
                f"{head}{signature}{tail}</samlp:Response>")


def signed_info_text(reference_id, digest):
    """SignedInfo as it stands in the document; its canonical form differs only by the
    `xmlns:ds` declaration that exclusive C14N puts on it (the apex of that subtree)."""
    return (f"<ds:SignedInfo>"
            f'<ds:CanonicalizationMethod Algorithm="{EXC_C14N}"></ds:CanonicalizationMethod>'
            f'<ds:SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"></ds:SignatureMethod>'
            f'<ds:Reference URI="#{reference_id}"><ds:Transforms>'
            f'<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"></ds:Transform>'
            f'<ds:Transform Algorithm="{EXC_C14N}"></ds:Transform></ds:Transforms>'
            f'<ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"></ds:DigestMethod>'
            f"<ds:DigestValue>{digest}</ds:DigestValue></ds:Reference></ds:SignedInfo>")


def form_body(xml, role_arn, provider_arn):
    """The AssumeRoleWithSAML form body (urlencoded); base64 needs only three escapes."""
    b64 = base64.b64encode(xml.encode()).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("Action=AssumeRoleWithSAML&Version=2011-06-15&RoleArn=" + quote(role_arn)
            + "&PrincipalArn=" + quote(provider_arn) + "&SAMLAssertion=" + b64)


def quote(s):
    return urllib.parse.quote(s, safe="")


def self_check(xml, idp):
    """Why the response is wrong, or None: the assertion's text and its SignedInfo must
    equal lxml's exclusive canonicalization of them, and the signature must verify by
    the XML-DSig rules evaluated with lxml and cryptography (not with our own text)."""
    from lxml import etree

    root = etree.fromstring(xml.encode())
    ns = {"saml": NS_ASSERTION, "ds": NS_DS}
    assertions = root.findall("saml:Assertion", ns)
    if len(assertions) != 1:
        return "not exactly one Assertion"
    assertion = assertions[0]
    sigs = assertion.findall("ds:Signature", ns)
    if len(sigs) != 1:
        return "not exactly one Signature in the Assertion"
    sig = sigs[0]
    signed_info = sig.find("ds:SignedInfo", ns)
    ref = signed_info.find("ds:Reference", ns)
    if ref.get("URI") != "#" + assertion.get("ID"):
        return "the Reference does not point at the Assertion"
    transforms = [t.get("Algorithm") for t in ref.findall("ds:Transforms/ds:Transform", ns)]
    if transforms != [NS_DS + "enveloped-signature", EXC_C14N]:
        return f"unexpected transforms {transforms}"
    canonical_si = etree.tostring(signed_info, method="c14n", exclusive=True)
    # The enveloped-signature transform: the Assertion without its Signature element
    # (its tail text, if any, stays).
    copy = etree.fromstring(etree.tostring(assertion))
    copy_sig = copy.find("ds:Signature", ns)
    prev = copy_sig.getprevious()
    if copy_sig.tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + copy_sig.tail
        else:
            copy.text = (copy.text or "") + copy_sig.tail
    copy.remove(copy_sig)
    canonical_assertion = etree.tostring(copy, method="c14n", exclusive=True)
    # Our text must already be canonical: the document's assertion minus the signature.
    start = xml.index("<Assertion ")
    end = xml.index("</Assertion>") + len("</Assertion>")
    text = xml[start:end]
    s0, s1 = text.index("<ds:Signature "), text.index("</ds:Signature>") + len("</ds:Signature>")
    if (text[:s0] + text[s1:]).encode() != canonical_assertion:
        return "the assertion text is not in exclusive-canonical form"
    si_text = xml[xml.index("<ds:SignedInfo>"):xml.index("</ds:SignedInfo>") + len("</ds:SignedInfo>")]
    if si_text.replace("<ds:SignedInfo>", f'<ds:SignedInfo xmlns:ds="{NS_DS}">', 1).encode() != canonical_si:
        return "the SignedInfo text is not in exclusive-canonical form"
    digest = base64.b64encode(hashlib.sha256(canonical_assertion).digest()).decode()
    if ref.findtext("ds:DigestValue", namespaces=ns) != digest:
        return "DigestValue does not match the canonical assertion"
    cert_b64 = sig.findtext(f"{{{NS_DS}}}KeyInfo/{{{NS_DS}}}X509Data/{{{NS_DS}}}X509Certificate")
    if cert_b64 != idp.cert_b64:
        return "KeyInfo does not carry the metadata's certificate"
    cert = x509.load_der_x509_certificate(base64.b64decode(cert_b64))
    try:
        cert.public_key().verify(base64.b64decode(sig.findtext("ds:SignatureValue", namespaces=ns)),
                                 canonical_si, padding.PKCS1v15(), hashes.SHA256())
    except Exception as e:  # noqa: BLE001 - the reason is the answer
        return f"the signature does not verify: {type(e).__name__}"
    return None


# Set before the worker processes fork (a private key does not pickle).
_JOB = None


def _chunk(count):
    idp, template, role_arn, provider_arn = _JOB
    return "".join(form_body(idp.response(template), role_arn, provider_arn) + "\n" for _ in range(count)).encode()


def write_bodies(idp, template, role_arn, provider_arn, count, paths, chunk=250):
    """Writes `count` distinct request bodies, one a line, spread over the files in
    `paths` (one per wrk thread), signing on every core. Returns the bodies per file."""
    global _JOB
    _JOB = (idp, template, role_arn, provider_arn)
    sizes = [chunk] * (count // chunk) + ([count % chunk] if count % chunk else [])
    per_file = [0] * len(paths)
    files = [open(p, "wb") for p in paths]
    try:
        workers = max(1, min(os.cpu_count() or 1, len(sizes)))
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for i, data in enumerate(pool.imap(_chunk, sizes)):
                files[i % len(files)].write(data)
                per_file[i % len(files)] += sizes[i]
    finally:
        for f in files:
            f.close()
        _JOB = None
    return per_file
