"""Issue 7, as a user sees it: AssumeRoleWithSAML from boto3 and the AWS CLI with
responses signed by independent signers (signxml, the xmlsec1 command line), the
checks AWS makes (issuer, audience, recipient, time, role pair, trust conditions on
`saml:` keys, replay, also across two server processes), a representative set of
attacks refused through the API, and console federation (getSigninToken, login,
logout, the console page).

The IdP below also serves the browser tests (tests/compat/browser)."""

import base64
import datetime
import hashlib
import html
import json
import os
import pathlib
import re
import socket
import subprocess
import tempfile
import uuid

import boto3
import botocore
import botocore.config
import botocore.exceptions
import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import XMLSigner, methods

from server_fixture import Server, aws_cli

AWS_SIGNIN = "https://signin.aws.amazon.com/saml"
AWS_URN = "urn:amazon:webservices"
NS_DS = "http://www.w3.org/2000/09/xmldsig#"
ROLE_ATTR = "https://aws.amazon.com/SAML/Attributes/Role"
SESSION_NAME_ATTR = "https://aws.amazon.com/SAML/Attributes/RoleSessionName"
NO_RETRY = botocore.config.Config(retries={"max_attempts": 1}, parameter_validation=False)

XMLSEC_ALGS = {
    "rsa-sha256": ("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256"),
    "ecdsa-sha256": ("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256"),
}


def iso(seconds_from_now=0):
    t = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=seconds_from_now)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Identity:
    """A key pair and a self-signed certificate, written to files for xmlsec1."""

    def __init__(self, name, kind, directory):
        if kind == "rsa":
            self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        else:
            self.key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.timezone.utc)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        cert = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=30))
            .sign(self.key, hashes.SHA256())
        )
        self.key_pem = self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        self.cert_pem = cert.public_bytes(serialization.Encoding.PEM)
        self.cert_b64 = base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()
        self.key_file = os.path.join(directory, name + ".key")
        self.cert_file = os.path.join(directory, name + ".crt")
        with open(self.key_file, "wb") as f:
            f.write(self.key_pem)
        with open(self.cert_file, "wb") as f:
            f.write(self.cert_pem)


class Idp:
    """A SAML identity provider that signs IdP-initiated responses for AWS."""

    def __init__(self, entity_id="https://idp.example.test/"):
        self.entity_id = entity_id
        self.dir = tempfile.mkdtemp(prefix="gatehouse-idp-")
        self.keys = {"rsa": Identity("rsa", "rsa", self.dir), "ec": Identity("ec", "ec", self.dir)}

    def metadata(self, valid_until=None, kinds=("rsa", "ec")):
        vu = f' validUntil="{valid_until}"' if valid_until else ""
        kds = "".join(
            f'<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="{NS_DS}"><ds:X509Data>'
            f"<ds:X509Certificate>{self.keys[k].cert_b64}</ds:X509Certificate>"
            f"</ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
            for k in kinds
        )
        return (
            f'<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="{self.entity_id}"{vu}>'
            f'<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">{kds}'
            f'<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" '
            f'Location="{self.entity_id}sso"/></md:IDPSSODescriptor></md:EntityDescriptor>'
        )

    def assertion(self, roles, session_name="alice", name_id="alice@example.test",
                  name_format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
                  recipient=AWS_SIGNIN, audience=AWS_URN, not_before=-60, not_after=300,
                  attributes=None, assertion_id=None, issuer=None, sig=""):
        attrs = {ROLE_ATTR: list(roles)}
        if session_name is not None:
            attrs[SESSION_NAME_ATTR] = [session_name]
        attrs.update(attributes or {})
        attr_xml = "".join(
            f'<saml:Attribute Name="{esc(name)}">'
            + "".join(f'<saml:AttributeValue xsi:type="xs:string">{esc(v)}</saml:AttributeValue>' for v in values)
            + "</saml:Attribute>"
            for name, values in attrs.items()
        )
        aid = assertion_id or "_a" + uuid.uuid4().hex
        return f"""<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="{aid}" Version="2.0" IssueInstant="{iso()}">
  <saml:Issuer>{esc(issuer or self.entity_id)}</saml:Issuer>{sig}
  <saml:Subject>
    <saml:NameID Format="{name_format}">{esc(name_id)}</saml:NameID>
    <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
      <saml:SubjectConfirmationData NotOnOrAfter="{iso(not_after)}" Recipient="{esc(recipient)}"/>
    </saml:SubjectConfirmation>
  </saml:Subject>
  <saml:Conditions NotBefore="{iso(not_before)}" NotOnOrAfter="{iso(not_after)}">
    <saml:AudienceRestriction><saml:Audience>{esc(audience)}</saml:Audience></saml:AudienceRestriction>
  </saml:Conditions>
  <saml:AuthnStatement AuthnInstant="{iso()}" SessionIndex="_s{uuid.uuid4().hex}">
    <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
  </saml:AuthnStatement>
  <saml:AttributeStatement>{attr_xml}</saml:AttributeStatement>
</saml:Assertion>"""

    def response(self, inner, recipient=AWS_SIGNIN, issuer=None, sig="", response_id=None):
        rid = response_id or "_r" + uuid.uuid4().hex
        return f"""<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="{rid}" Version="2.0" IssueInstant="{iso()}" Destination="{esc(recipient)}">
  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">{esc(issuer or self.entity_id)}</saml:Issuer>{sig}
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  {inner}
</samlp:Response>"""

    def signed(self, roles, signer="signxml", alg="rsa-sha256", sign="response", key=None, **kw):
        """A signed response (XML text)."""
        ident = key or self.keys["ec" if alg.startswith("ecdsa") else "rsa"]
        recipient = kw.get("recipient", AWS_SIGNIN)
        if signer == "signxml":
            placeholder = f'<ds:Signature xmlns:ds="{NS_DS}" Id="placeholder"></ds:Signature>'
            if sign == "assertion":
                a = sign_signxml(self.assertion(roles, sig=placeholder, **kw), ident, alg)
                return self.response(a, recipient=recipient)
            return sign_signxml(self.response(self.assertion(roles, **kw), recipient=recipient, sig=placeholder), ident, alg)
        sig_alg, digest = XMLSEC_ALGS[alg]
        if sign == "assertion":
            aid = "_a" + uuid.uuid4().hex
            tmpl = xmlsec_template(sig_alg, digest, aid)
            doc = self.response(self.assertion(roles, assertion_id=aid, sig=tmpl, **kw), recipient=recipient)
            return sign_xmlsec(doc, ident, "urn:oasis:names:tc:SAML:2.0:assertion:Assertion", self.dir)
        rid = "_r" + uuid.uuid4().hex
        tmpl = xmlsec_template(sig_alg, digest, rid)
        doc = self.response(self.assertion(roles, **kw), recipient=recipient, sig=tmpl, response_id=rid)
        return sign_xmlsec(doc, ident, "urn:oasis:names:tc:SAML:2.0:protocol:Response", self.dir)


def sign_signxml(xml, ident, alg):
    signer = XMLSigner(
        method=methods.enveloped,
        signature_algorithm=alg,
        digest_algorithm="sha256",
        c14n_algorithm="http://www.w3.org/2001/10/xml-exc-c14n#",
    )
    root = signer.sign(etree.fromstring(xml.encode()), key=ident.key_pem, cert=ident.cert_pem.decode())
    return etree.tostring(root).decode()


def xmlsec_template(sig_alg, digest, ref_id):
    return f"""<ds:Signature xmlns:ds="{NS_DS}"><ds:SignedInfo>
<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
<ds:SignatureMethod Algorithm="{sig_alg}"/>
<ds:Reference URI="#{ref_id}"><ds:Transforms>
<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
</ds:Transforms><ds:DigestMethod Algorithm="{digest}"/><ds:DigestValue></ds:DigestValue></ds:Reference>
</ds:SignedInfo><ds:SignatureValue/>
<ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo></ds:Signature>"""


def sign_xmlsec(xml, ident, node, directory):
    src = os.path.join(directory, f"in-{uuid.uuid4().hex}.xml")
    with open(src, "w") as f:
        f.write(xml)
    try:
        out = subprocess.run(
            ["xmlsec1", "--sign", "--privkey-pem", f"{ident.key_file},{ident.cert_file}", "--id-attr:ID", node, src],
            check=True, capture_output=True,
        )
    finally:
        os.remove(src)
    return out.stdout.decode()


def b64(xml):
    return base64.b64encode(xml.encode() if isinstance(xml, str) else xml).decode()


def name_qualifier(issuer, account, provider_name):
    return base64.b64encode(hashlib.sha1(f"{issuer}{account}/{provider_name}".encode()).digest()).decode()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir, public=True):
    """A server whose public URL is its own address (so `<public-url>/saml` is real)."""
    port = free_port()
    server = Server(data_dir)
    i = server.args.index("--listen")
    server.args[i + 1] = f"127.0.0.1:{port}"
    if public:
        server.args += ["--public-url", f"http://127.0.0.1:{port}"]
    return server.start()


class Federation:
    """A server with the IdP registered as SAML provider `Corp` and roles trusting it."""

    def __init__(self, server, idp):
        self.server = server
        self.idp = idp
        self.iam = server.client("iam")
        self.sts_root = server.client("sts")
        self.account = self.sts_root.get_caller_identity()["Account"]
        name = "Corp-" + uuid.uuid4().hex[:6]
        self.provider_name = name
        self.provider = self.iam.create_saml_provider(Name=name, SAMLMetadataDocument=idp.metadata())["SAMLProviderArn"]
        self.roles = {}

    def role(self, name, condition=None, actions=("sts:AssumeRoleWithSAML",), policy=None):
        st = {"Effect": "Allow", "Principal": {"Federated": self.provider}, "Action": list(actions)}
        if condition:
            st["Condition"] = condition
        rname = f"{name}-{uuid.uuid4().hex[:6]}"
        arn = self.iam.create_role(
            RoleName=rname,
            AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [st]}),
            MaxSessionDuration=43200,
        )["Role"]["Arn"]
        if policy:
            self.iam.put_role_policy(RoleName=rname, PolicyName="p", PolicyDocument=json.dumps(policy))
        self.roles[name] = arn
        return arn

    def pair(self, role_arn, reverse=False):
        return f"{self.provider},{role_arn}" if reverse else f"{role_arn},{self.provider}"

    def sts(self):
        return boto3.client("sts", endpoint_url=self.server.endpoint, region_name="us-east-1",
                            config=botocore.config.Config(signature_version=botocore.UNSIGNED,
                                                          retries={"max_attempts": 1},
                                                          parameter_validation=False))

    def assume(self, role_arn, xml, **kw):
        return self.sts().assume_role_with_saml(RoleArn=role_arn, PrincipalArn=self.provider,
                                                SAMLAssertion=b64(xml), **kw)


@pytest.fixture(scope="module")
def fed(tmp_path_factory):
    server = start_server(tmp_path_factory.mktemp("saml-data") / "data")
    f = Federation(server, Idp())
    f.role("Admin", condition={"StringEquals": {"saml:aud": AWS_SIGNIN}})
    f.role("ReadOnly")
    yield f
    server.stop()


def refused(fed, role, xml, **kw):
    with pytest.raises(botocore.exceptions.ClientError) as e:
        fed.assume(role, xml, **kw)
    err = e.value.response["Error"]
    return err["Code"], err["Message"]


# --- accepted -------------------------------------------------------------------------


@pytest.mark.parametrize("signer", ["signxml", "xmlsec1"])
@pytest.mark.parametrize("alg", ["rsa-sha256", "ecdsa-sha256"])
@pytest.mark.parametrize("sign", ["response", "assertion"])
def test_independent_signers_get_credentials_with_boto3(fed, signer, alg, sign):
    admin = fed.roles["Admin"]
    xml = fed.idp.signed([fed.pair(admin), fed.pair(fed.roles["ReadOnly"], reverse=True)],
                         signer=signer, alg=alg, sign=sign)
    out = fed.assume(admin, xml)
    assert out["AssumedRoleUser"]["Arn"].endswith(":assumed-role/" + admin.split("/")[-1] + "/alice")
    assert out["Subject"] == "alice@example.test"
    assert out["SubjectType"] == "persistent"
    assert out["Issuer"] == fed.idp.entity_id
    assert out["Audience"] == AWS_SIGNIN
    assert out["NameQualifier"] == name_qualifier(fed.idp.entity_id, fed.account, fed.provider_name)
    creds = out["Credentials"]
    assert creds["AccessKeyId"].startswith("ASIA")
    who = boto3.client("sts", endpoint_url=fed.server.endpoint, region_name="us-east-1",
                       aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                       aws_session_token=creds["SessionToken"]).get_caller_identity()
    assert who["Arn"] == out["AssumedRoleUser"]["Arn"]


def test_role_pair_in_reverse_order_and_the_aws_cli(fed):
    ro = fed.roles["ReadOnly"]
    xml = fed.idp.signed([fed.pair(ro, reverse=True)], signer="xmlsec1")
    with tempfile.NamedTemporaryFile("w", suffix=".b64", delete=False) as f:
        f.write(b64(xml))
    proc = aws_cli(fed.server, "sts", "assume-role-with-saml", "--role-arn", ro,
                   "--principal-arn", fed.provider, "--saml-assertion", f"file://{f.name}")
    out = json.loads(proc.stdout)
    assert out["AssumedRoleUser"]["Arn"].endswith("/alice")
    assert out["Credentials"]["SecretAccessKey"]
    os.remove(f.name)


def test_trust_conditions_on_saml_keys(fed):
    edu = fed.role("Edu", condition={
        "ForAnyValue:StringEquals": {"saml:edupersonaffiliation": "staff"},
        "StringEquals": {"saml:sub_type": "persistent", "saml:iss": fed.idp.entity_id,
                         "saml:doc": f"{fed.account}/{fed.provider_name}"},
        "StringLike": {"saml:sub": "*@example.test"},
    })
    affiliation = "urn:oid:1.3.6.1.4.1.5923.1.1.1.1"
    ok = fed.idp.signed([fed.pair(edu)], attributes={affiliation: ["member", "staff"]})
    assert fed.assume(edu, ok)["Subject"] == "alice@example.test"
    student = fed.idp.signed([fed.pair(edu)], attributes={affiliation: ["student"]})
    assert refused(fed, edu, student)[0] == "AccessDenied"
    outsider = fed.idp.signed([fed.pair(edu)], name_id="mallory@evil.test", attributes={affiliation: ["staff"]})
    assert refused(fed, edu, outsider)[0] == "AccessDenied"
    nq = fed.role("Nq", condition={"StringEquals": {
        "saml:namequalifier": name_qualifier(fed.idp.entity_id, fed.account, fed.provider_name)}})
    assert fed.assume(nq, fed.idp.signed([fed.pair(nq)]))["Issuer"] == fed.idp.entity_id


def test_session_tags_and_source_identity_from_attributes(fed):
    plain = fed.roles["ReadOnly"]
    attrs = {"https://aws.amazon.com/SAML/Attributes/PrincipalTag:Dept": ["eng"],
             "https://aws.amazon.com/SAML/Attributes/SourceIdentity": ["alice"]}
    # The trust policy does not allow sts:TagSession.
    assert refused(fed, plain, fed.idp.signed([fed.pair(plain)], attributes=attrs))[0] == "AccessDenied"
    tagged = fed.role("Tagged", actions=("sts:AssumeRoleWithSAML", "sts:TagSession", "sts:SetSourceIdentity"))
    out = fed.assume(tagged, fed.idp.signed([fed.pair(tagged)], attributes=attrs))
    assert out["SourceIdentity"] == "alice"
    assert out["PackedPolicySize"] > 0


def test_duration_is_bounded(fed):
    ro = fed.roles["ReadOnly"]
    out = fed.assume(ro, fed.idp.signed([fed.pair(ro)]), DurationSeconds=7200)
    exp = out["Credentials"]["Expiration"]
    left = (exp - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    assert 7000 < left <= 7200
    assert refused(fed, ro, fed.idp.signed([fed.pair(ro)]), DurationSeconds=600)[0] == "ValidationError"


# --- refused --------------------------------------------------------------------------


def test_replayed_assertion_is_refused(fed):
    ro = fed.roles["ReadOnly"]
    xml = fed.idp.signed([fed.pair(ro)])
    fed.assume(ro, xml)
    code, message = refused(fed, ro, xml)
    assert code == "InvalidIdentityToken" and "already been used" in message


def test_checks_of_issuer_audience_recipient_time_and_role(fed):
    ro, admin = fed.roles["ReadOnly"], fed.roles["Admin"]
    idp = fed.idp
    cases = {
        "wrong audience": (idp.signed([fed.pair(ro)], audience="https://other.example/"), "InvalidIdentityToken"),
        "wrong recipient": (idp.signed([fed.pair(ro)], recipient="https://other.example/saml"), "InvalidIdentityToken"),
        "expired": (idp.signed([fed.pair(ro)], not_before=-3600, not_after=-900), "ExpiredToken"),
        "not yet valid": (idp.signed([fed.pair(ro)], not_before=1800, not_after=3600), "InvalidIdentityToken"),
        "other issuer": (idp.signed([fed.pair(ro)], issuer="https://evil.example/"), "InvalidIdentityToken"),
        "role not granted": (idp.signed([fed.pair(admin)]), "AccessDenied"),
        "no session name": (idp.signed([fed.pair(ro)], session_name=None), "InvalidIdentityToken"),
        "unconfigured certificate": (
            idp.signed([fed.pair(ro)], key=Identity("stranger", "rsa", idp.dir)), "InvalidIdentityToken"),
        "unsigned": (idp.response(idp.assertion([fed.pair(ro)])), "InvalidIdentityToken"),
    }
    for label, (xml, want) in cases.items():
        assert refused(fed, ro, xml)[0] == want, label
    # The Admin role's trust requires saml:aud to be AWS's sign-in URL.
    own = fed.server.args[fed.server.args.index("--public-url") + 1] + "/saml"
    xml = idp.signed([fed.pair(admin)], recipient=own, audience=own)
    assert refused(fed, admin, xml)[0] == "AccessDenied"


def tamper_cases(fed):
    """Attacks built on a freshly signed, otherwise acceptable response."""
    ro = fed.roles["ReadOnly"]
    idp = fed.idp
    good = idp.signed([fed.pair(ro)], name_id="alice@example.test", sign="assertion")
    good_r = idp.signed([fed.pair(ro)], name_id="alice@example.test")
    a_start = good.index("<saml:Assertion")
    a_end = good.index("</saml:Assertion>") + len("</saml:Assertion>")
    signed_assertion = good[a_start:a_end]
    evil_assertion = idp.assertion([fed.pair(ro)], name_id="admin@example.test")
    aid = re.search(r'<saml:Assertion[^>]* ID="([^"]+)"', signed_assertion).group(1)
    cases = {
        "comment in NameID": good.replace("alice@example.test", "alice<!---->@example.test"),
        "attribute altered": good.replace(">alice</saml:AttributeValue>", ">root</saml:AttributeValue>"),
        "NameID altered": good_r.replace("alice@example.test", "admin@example.test"),
        "second assertion": good[:a_end] + evil_assertion + good[a_end:],
        "evil assertion first": good[:a_start] + evil_assertion + good[a_start:],
        "wrapped in Extensions (XSW)": good[:a_start]
        + '<samlp:Extensions>' + signed_assertion + "</samlp:Extensions>"
        + evil_assertion.replace('ID="', f'ID="{aid}" X="', 1).replace(f'ID="{aid}" X="', f'ID="{aid}" Y="', 1)
        + good[a_end:],
        "duplicated ID": good[:a_end] + f'<Other xmlns="urn:x" ID="{aid}"/>' + good[a_end:],
        "signature over another element": good.replace(f'URI="#{aid}"', 'URI="#_elsewhere"'),
        "namespace prefix redefined": good.replace(
            "<saml:Subject>", '<saml:Subject xmlns:saml="urn:evil">', 1),
        "DTD with entity": '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "alice@example.test">]>'
        + good.replace("alice@example.test", "&e;"),
        "billion laughs": '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' + good.replace("alice@example.test", "&c;"),
        "external entity": '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + good.replace("alice@example.test", "&x;"),
    }
    return ro, cases


def test_tampered_and_wrapped_responses_are_refused(fed):
    ro, cases = tamper_cases(fed)
    accepted = []
    for label, xml in cases.items():
        try:
            fed.assume(ro, xml)
            accepted.append(label)
        except botocore.exceptions.ClientError as e:
            assert e.response["Error"]["Code"] == "InvalidIdentityToken", (label, e.response["Error"])
    assert accepted == []


def test_provider_metadata_past_valid_until_is_refused(fed):
    past = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        arn = fed.iam.create_saml_provider(Name="Old-" + uuid.uuid4().hex[:6],
                                           SAMLMetadataDocument=fed.idp.metadata(valid_until=past))["SAMLProviderArn"]
    except botocore.exceptions.ClientError as e:
        # Refusing expired metadata up front is also a refusal of its assertions.
        assert e.response["Error"]["Code"] in ("InvalidInput", "ValidationError"), e.response["Error"]
        return
    role = fed.role("Old")
    xml = fed.idp.signed([f"{role},{arn}"])
    with pytest.raises(botocore.exceptions.ClientError) as e:
        fed.sts().assume_role_with_saml(RoleArn=role, PrincipalArn=arn, SAMLAssertion=b64(xml))
    assert e.value.response["Error"]["Code"] == "ExpiredToken"


def test_replay_is_refused_by_a_second_server_on_the_same_store(fed, tmp_path):
    """Two processes sharing one data directory: the claim lives in the store."""
    second = Server(fed.server.data_dir)
    try:
        second.start()
    except RuntimeError as e:
        pytest.fail(f"a second process could not open the data directory: {e}")
    try:
        ro = fed.roles["ReadOnly"]
        xml = fed.idp.signed([fed.pair(ro)])
        fed.assume(ro, xml)
        other = boto3.client("sts", endpoint_url=second.endpoint, region_name="us-east-1",
                             config=botocore.config.Config(signature_version=botocore.UNSIGNED,
                                                           retries={"max_attempts": 1}))
        with pytest.raises(botocore.exceptions.ClientError) as e:
            other.assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider, SAMLAssertion=b64(xml))
        assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"
        fresh = fed.idp.signed([fed.pair(ro)])
        assert other.assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider,
                                           SAMLAssertion=b64(fresh))["Subject"] == "alice@example.test"
    finally:
        second.stop()


# --- console federation ---------------------------------------------------------------


def saml_credentials(fed, role=None):
    role = role or fed.roles["ReadOnly"]
    return fed.assume(role, fed.idp.signed([fed.pair(role)]))["Credentials"]


def signin_token(fed, creds, **extra):
    session = json.dumps({"sessionId": creds["AccessKeyId"], "sessionKey": creds["SecretAccessKey"],
                          "sessionToken": creds["SessionToken"]})
    return requests.get(fed.server.endpoint + "/federation",
                        params={"Action": "getSigninToken", "Session": session, **extra}, timeout=10)


def test_signin_token_login_console_and_logout(fed):
    creds = saml_credentials(fed)
    r = signin_token(fed, creds, SessionDuration="3600")
    assert r.status_code == 200, r.text
    token = r.json()["SigninToken"]
    browser = requests.Session()
    r = browser.get(fed.server.endpoint + "/federation", allow_redirects=False, timeout=10, params={
        "Action": "login", "Issuer": "https://portal.example.test", "Destination": "/console", "SigninToken": token})
    assert r.status_code in (302, 303) and r.headers["Location"] == "/console"
    set_cookie = r.headers["Set-Cookie"]
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie
    assert "Secure" not in set_cookie  # plain HTTP here
    # No credential in the redirect.
    assert creds["AccessKeyId"] not in r.headers["Location"]
    page = browser.get(fed.server.endpoint + "/console", timeout=10).text
    assert creds["AccessKeyId"] in page and creds["SecretAccessKey"] in page
    assert fed.roles["ReadOnly"] in page
    assert "aws_session_token = " in page and "export AWS_ACCESS_KEY_ID=" in page
    assert '"Version": 1' in html.unescape(page)
    # The token works once.
    again = requests.get(fed.server.endpoint + "/federation", allow_redirects=False, timeout=10,
                         params={"Action": "login", "SigninToken": token})
    assert again.status_code == 403
    # An off-site destination is not followed.
    t2 = signin_token(fed, creds).json()["SigninToken"]
    r = requests.get(fed.server.endpoint + "/federation", allow_redirects=False, timeout=10, params={
        "Action": "login", "Destination": "https://evil.example/", "SigninToken": t2})
    assert r.headers["Location"] == "/console"
    # Sign-out needs the CSRF token; logout ends the session.
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert browser.post(fed.server.endpoint + "/console/sign-out", data={"csrf": "x" * len(csrf)},
                        timeout=10).status_code == 403
    r = browser.get(fed.server.endpoint + "/federation", params={"Action": "logout"}, timeout=10)
    assert r.status_code == 200
    assert browser.get(fed.server.endpoint + "/console", timeout=10).status_code == 401


def test_signin_token_needs_valid_credentials(fed):
    creds = dict(saml_credentials(fed))
    creds["SecretAccessKey"] = "x" * 40
    assert signin_token(fed, creds).status_code == 403
    assert requests.get(fed.server.endpoint + "/federation",
                        params={"Action": "getSigninToken", "Session": "{}"}, timeout=10).status_code == 400


def test_console_switch_role_chains_with_the_sessions_rights(fed):
    target = fed.iam.create_role(
        RoleName="Target-" + uuid.uuid4().hex[:6],
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{fed.account}:root"}, "Action": "sts:AssumeRole"}]}),
    )["Role"]["Arn"]
    allowed = fed.role("Switcher", policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": target}]})
    for role, expect_switch in [(fed.roles["ReadOnly"], False), (allowed, True)]:
        creds = saml_credentials(fed, role)
        token = signin_token(fed, creds).json()["SigninToken"]
        browser = requests.Session()
        browser.get(fed.server.endpoint + "/federation", params={"Action": "login", "SigninToken": token}, timeout=10)
        page = browser.get(fed.server.endpoint + "/console", timeout=10).text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        r = browser.post(fed.server.endpoint + "/console/switch-role",
                         data={"csrf": csrf, "RoleArn": target, "RoleSessionName": "switched"}, timeout=10)
        if expect_switch:
            assert r.status_code == 200 and target in r.text and "switched" in r.text, r.text
        else:
            assert r.status_code == 403 and "AccessDenied" in r.text


def trail(fed, name):
    """The account's CloudTrail events of one name, newest first, as parsed records."""
    pages = fed.server.client("cloudtrail").get_paginator("lookup_events").paginate(
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": name}])
    return [json.loads(e["CloudTrailEvent"]) for page in pages for e in page["Events"]]


def test_web_sign_ins_are_in_the_trail(fed):
    """The sign-in pages record what CloudTrail records for AWS's: the in-process STS call
    (AssumeRoleWithSAML, AssumeRole), ConsoleLogin with its SAML provider, GetSigninToken,
    SwitchRole, and a failed ConsoleLogin."""
    target = fed.iam.create_role(
        RoleName="TrailTarget-" + uuid.uuid4().hex[:6],
        AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{fed.account}:root"}, "Action": "sts:AssumeRole"}]}),
    )["Role"]["Arn"]
    role = fed.role("Trail", policy={"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": target}]})
    own = fed.server.args[fed.server.args.index("--public-url") + 1] + "/saml"
    xml = fed.idp.signed([fed.pair(role)], recipient=own, audience=own, name_id="trail-user@example.test")
    browser = requests.Session()
    r = browser.post(own, data={"SAMLResponse": b64(xml)}, allow_redirects=False, timeout=10,
                     headers={"User-Agent": "trail-test-browser"})
    assert r.status_code in (302, 303), r.text
    session_name = "alice"  # the IdP sends RoleSessionName=alice
    assumed = f"arn:aws:sts::{fed.account}:assumed-role/{role.split('/')[-1]}/"
    saml_calls = [e for e in trail(fed, "AssumeRoleWithSAML")
                  if (e.get("requestParameters") or {}).get("roleArn") == role]
    assert len(saml_calls) == 1, saml_calls
    call = saml_calls[0]
    assert call["eventSource"] == "sts.amazonaws.com" and call["userAgent"] == "trail-test-browser"
    assert call["requestParameters"]["principalArn"] == fed.provider
    assert call["responseElements"]["credentials"]["accessKeyId"].startswith("ASIA")
    logins = [e for e in trail(fed, "ConsoleLogin") if e["userIdentity"].get("arn", "").startswith(assumed)]
    assert len(logins) == 1, logins
    login = logins[0]
    assert login["eventSource"] == "signin.amazonaws.com" and login["eventType"] == "AwsConsoleSignIn"
    assert login["userIdentity"]["type"] == "AssumedRole"
    assert login["userIdentity"]["arn"] == assumed + session_name
    assert login["responseElements"] == {"ConsoleLogin": "Success"}
    assert login["additionalEventData"]["SamlProviderArn"] == fed.provider
    assert login["additionalEventData"]["LoginTo"] == "/console"
    assert login["recipientAccountId"] == fed.account

    # Switching role: the AssumeRole the page makes for the session, then SwitchRole.
    page = browser.get(fed.server.endpoint + "/console", timeout=10).text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    r = browser.post(fed.server.endpoint + "/console/switch-role", timeout=10,
                     data={"csrf": csrf, "RoleArn": target, "RoleSessionName": "switched"})
    assert r.status_code == 200, r.text
    switches = [e for e in trail(fed, "SwitchRole") if e["userIdentity"].get("arn") == assumed + session_name]
    assert len(switches) == 1 and switches[0]["additionalEventData"]["SwitchTo"] == target
    assert switches[0]["responseElements"] == {"SwitchRole": "Success"}
    chained = [e for e in trail(fed, "AssumeRole") if e["userIdentity"].get("arn") == assumed + session_name]
    assert len(chained) == 1 and chained[0]["requestParameters"]["roleSessionName"] == "switched"

    # Console federation: GetSigninToken by the session, the login, then a replayed token.
    creds = saml_credentials(fed)
    token = signin_token(fed, creds).json()["SigninToken"]
    tokens = [e for e in trail(fed, "GetSigninToken") if e["userIdentity"].get("accessKeyId") == creds["AccessKeyId"]]
    assert len(tokens) == 1 and tokens[0]["responseElements"] == {"GetSigninToken": "Success"}
    for attempt in range(2):
        requests.get(fed.server.endpoint + "/federation", allow_redirects=False, timeout=10,
                     params={"Action": "login", "SigninToken": token})
    ok = [e for e in trail(fed, "ConsoleLogin") if e["userIdentity"].get("accessKeyId") == creds["AccessKeyId"]]
    assert len(ok) == 1 and "SamlProviderArn" not in ok[0]["additionalEventData"]
    # The replay is refused and recorded in the installation's management trail (no
    # principal is known), which is this account here.
    failed = [e for e in trail(fed, "ConsoleLogin") if e["responseElements"] == {"ConsoleLogin": "Failure"}
              and e["eventTime"] >= ok[0]["eventTime"]]
    assert failed and failed[0]["errorMessage"] == "The sign-in token is not valid or was already used."
    # No secret reaches the trail: the STS call's secret key is hidden, the sign-in token
    # and the session's secret are nowhere.
    assert call["responseElements"]["credentials"].get("secretAccessKey") in (None, "HIDDEN_DUE_TO_SECURITY_REASONS")
    for e in [call, login, *tokens, *ok, *failed]:
        assert token not in json.dumps(e) and creds["SecretAccessKey"] not in json.dumps(e)


def test_console_cookies_are_secure_over_tls(tmp_path):
    """Served over TLS, the sign-in cookies carry `Secure` (with HttpOnly and SameSite=Lax),
    and the trail records the TLS details of the sign-in."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )
    port = free_port()
    public = f"https://127.0.0.1:{port}"
    server = Server(tmp_path / "data", scheme="https", extra_args=[
        "--tls-cert", str(cert), "--tls-key", str(key), "--public-url", public])
    server.args[server.args.index("--listen") + 1] = f"127.0.0.1:{port}"
    server.start()
    try:
        idp = Idp()
        iam = server.client("iam", verify=str(cert))
        provider = iam.create_saml_provider(Name="Corp", SAMLMetadataDocument=idp.metadata())["SAMLProviderArn"]
        roles = []
        for name in ("One", "Two"):
            roles.append(iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps({
                "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Federated": provider},
                                                        "Action": "sts:AssumeRoleWithSAML"}]}))["Role"]["Arn"])
        xml = idp.signed([f"{r},{provider}" for r in roles], recipient=public + "/saml", audience=public + "/saml")
        browser = requests.Session()
        # Two roles: the picker, with the pending-choice cookie.
        r = browser.post(public + "/saml", data={"SAMLResponse": b64(xml)}, allow_redirects=False, timeout=10, verify=str(cert))
        assert r.status_code == 200, r.text
        for flag in ("Secure", "HttpOnly", "SameSite=Lax"):
            assert flag in r.headers["Set-Cookie"], r.headers["Set-Cookie"]
        csrf = re.search(r'name="csrf" value="([^"]+)"', r.text).group(1)
        r = browser.post(public + "/saml/role", data={"csrf": csrf, "roleIndex": roles[1]},
                         allow_redirects=False, timeout=10, verify=str(cert))
        assert r.status_code in (302, 303), r.text
        console_cookie = [c for c in r.headers["Set-Cookie"].split(", ") if c.startswith("gatehouse-console=")]
        assert console_cookie, r.headers["Set-Cookie"]
        for flag in ("Secure", "HttpOnly", "SameSite=Lax"):
            assert flag in console_cookie[0], console_cookie[0]
        page = browser.get(public + "/console", timeout=10, verify=str(cert))
        assert page.status_code == 200 and roles[1] in page.text
        ct = server.client("cloudtrail", verify=str(cert))
        logins = ct.lookup_events(LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "ConsoleLogin"}])
        rec = json.loads(logins["Events"][0]["CloudTrailEvent"])
        assert rec["tlsDetails"]["clientProvidedHostHeader"] == f"127.0.0.1:{port}"
    finally:
        server.stop()


# --- a SAML IdP library: pysaml2 ------------------------------------------------------


def pysaml2_response(idp, roles, alg, sign):
    """A response made by pysaml2's IdP server (its own templates, xmlsec1 underneath)."""
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2 import xmldsig as ds
    from saml2.authn_context import PASSWORDPROTECTEDTRANSPORT
    from saml2.config import IdPConfig
    from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_PERSISTENT, NameID
    from saml2.server import Server as SamlServer

    ident = idp.keys["ec" if alg.startswith("ecdsa") else "rsa"]
    sp = ('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="urn:amazon:webservices">'
          '<md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">'
          f'<md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="{AWS_SIGNIN}" index="1"/>'
          "</md:SPSSODescriptor></md:EntityDescriptor>")
    conf = IdPConfig()
    conf.load({
        "entityid": idp.entity_id,
        "service": {"idp": {
            "endpoints": {"single_sign_on_service": [(idp.entity_id + "sso", BINDING_HTTP_REDIRECT)]},
            "policy": {"default": {"lifetime": {"minutes": 5}, "name_form": NAME_FORMAT_URI}},
            "name_id_format": [NAMEID_FORMAT_PERSISTENT],
        }},
        "key_file": ident.key_file,
        "cert_file": ident.cert_file,
        "metadata": {"inline": [sp]},
        "xmlsec_binary": "/usr/bin/xmlsec1",
    })
    sig_alg = {"rsa-sha256": ds.SIG_RSA_SHA256, "ecdsa-sha256": ds.SIG_ECDSA_SHA256}[alg]
    resp = SamlServer(config=conf).create_authn_response(
        identity={ROLE_ATTR: list(roles), SESSION_NAME_ATTR: ["alice"]},
        in_response_to=None,
        destination=AWS_SIGNIN,
        sp_entity_id="urn:amazon:webservices",
        name_id=NameID(format=NAMEID_FORMAT_PERSISTENT, text="alice@example.test"),
        authn={"class_ref": PASSWORDPROTECTEDTRANSPORT},
        sign_response=sign == "response",
        sign_assertion=sign == "assertion",
        sign_alg=sig_alg,
        digest_alg=ds.DIGEST_SHA256,
    )
    return str(resp)


@pytest.mark.parametrize("alg,sign", [("rsa-sha256", "response"), ("ecdsa-sha256", "assertion")])
def test_pysaml2_idp_responses_are_accepted(fed, alg, sign):
    pytest.importorskip("saml2", reason="pysaml2 is pinned in requirements.txt")
    ro = fed.roles["ReadOnly"]
    xml = pysaml2_response(fed.idp, [fed.pair(ro)], alg, sign)
    assert "ns1:Assertion" in xml  # pysaml2's own prefixes, not our templates
    out = fed.assume(ro, xml)
    assert out["Subject"] == "alice@example.test" and out["AssumedRoleUser"]["Arn"].endswith("/alice")
    # And the same response tampered after signing is refused.
    with pytest.raises(botocore.exceptions.ClientError) as e:
        fed.assume(ro, pysaml2_response(fed.idp, [fed.pair(ro)], alg, sign).replace(">alice<", ">root<"))
    assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"


# --- a SAML IdP library: samlify (Node, xml-crypto) -----------------------------------

SAMLIFY = pathlib.Path(__file__).resolve().parent / "browser" / "samlify"


SAMLIFY_ALGS = {
    "rsa-sha256": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    "rsa-sha512": "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
    "ecdsa-sha256": "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256",
}


def samlify_response(idp, roles, alg, sign):
    """A base64 response signed by samlify (installed by scripts/install-browser) with the
    IdP's RSA key, or its EC key for ECDSA (which idp.js registers with xml-crypto)."""
    if not (SAMLIFY / "node_modules" / "samlify").exists():
        # scripts/test installs it; CI must not skip.
        if os.environ.get("CI"):
            pytest.fail("samlify is not installed (scripts/install-browser)")
        pytest.skip("samlify is not installed (scripts/install-browser)")
    ident = idp.keys["ec" if alg.startswith("ecdsa") else "rsa"]
    job = {"entityId": idp.entity_id, "keyPem": ident.key_pem.decode(), "certPem": ident.cert_pem.decode(),
           "algorithm": SAMLIFY_ALGS[alg], "sign": sign, "roles": list(roles), "sessionName": "alice",
           "nameId": "alice@example.test", "recipient": AWS_SIGNIN, "audience": AWS_URN}
    out = subprocess.run(["node", str(SAMLIFY / "idp.js")], input=json.dumps(job), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def verify_with_signxml(xml, ident, alg):
    """Checks a signed response without Gatehouse: signxml, held to the one signature method
    asked for and the IdP's certificate; gives back the element the signature covers."""
    from signxml import DigestAlgorithm, SignatureConfiguration, SignatureMethod, XMLVerifier

    config = SignatureConfiguration(signature_methods=frozenset({SignatureMethod(SAMLIFY_ALGS[alg])}),
                                    digest_algorithms=frozenset(DigestAlgorithm))
    return XMLVerifier().verify(xml, x509_cert=ident.cert_pem.decode(), expect_config=config).signed_xml


# samlify signs with xml-crypto, which has RSA (SHA-256 and SHA-512 here) but no ECDSA:
# idp.js registers an ECDSA-SHA256 signer (raw r||s values) with the xml-crypto samlify
# loads, so the ECDSA rows are samlify's own signing flow with that one algorithm added.
@pytest.mark.parametrize("alg,sign", [("rsa-sha256", "response"), ("rsa-sha256", "assertion"),
                                      ("rsa-sha512", "assertion"), ("ecdsa-sha256", "response"),
                                      ("ecdsa-sha256", "assertion")])
def test_samlify_idp_responses_are_accepted(fed, alg, sign):
    """A samlify response, signed over the Response or over the Assertion, verifies with
    signxml and the IdP's certificate, and gets working credentials from boto3's
    AssumeRoleWithSAML; a copy altered after signing fails both signxml and Gatehouse
    (InvalidIdentityToken)."""
    from signxml import InvalidSignature  # InvalidDigest is a subclass

    ro = fed.roles["ReadOnly"]
    ident = fed.idp.keys["ec" if alg.startswith("ecdsa") else "rsa"]
    encoded = samlify_response(fed.idp, [fed.pair(ro)], alg, sign)
    xml = base64.b64decode(encoded)
    doc = etree.fromstring(xml)
    signatures = doc.findall(f".//{{{NS_DS}}}Signature")
    assert len(signatures) == 1
    assert signatures[0].find(f"{{{NS_DS}}}SignedInfo/{{{NS_DS}}}SignatureMethod").get("Algorithm") == SAMLIFY_ALGS[alg]
    expected_parent = "Assertion" if sign == "assertion" else "Response"
    assert etree.QName(signatures[0].getparent()).localname == expected_parent
    if alg.startswith("ecdsa"):
        # P-256: r || s, 32 bytes each (a DER signature would be 70-72 bytes).
        assert isinstance(ident.key.curve, ec.SECP256R1)
        assert len(base64.b64decode(signatures[0].findtext(f"{{{NS_DS}}}SignatureValue"))) == 64
    signed = verify_with_signxml(xml, ident, alg)
    assert etree.QName(signed).localname == expected_parent
    assert signed.get("ID") == signatures[0].getparent().get("ID")

    out = fed.sts().assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider, SAMLAssertion=encoded)
    assert out["Subject"] == "alice@example.test" and out["AssumedRoleUser"]["Arn"].endswith("/alice")
    creds = out["Credentials"]
    who = boto3.client("sts", endpoint_url=fed.server.endpoint, region_name="us-east-1",
                       aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                       aws_session_token=creds["SessionToken"]).get_caller_identity()
    assert who["Arn"] == out["AssumedRoleUser"]["Arn"]

    fresh = base64.b64decode(samlify_response(fed.idp, [fed.pair(ro)], alg, sign))
    verify_with_signxml(fresh, ident, alg)
    tampered = fresh.replace(b">alice<", b">root<")
    assert tampered != fresh
    with pytest.raises(InvalidSignature):
        verify_with_signxml(tampered, ident, alg)
    with pytest.raises(botocore.exceptions.ClientError) as e:
        fed.sts().assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider, SAMLAssertion=b64(tampered))
    assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"


def test_replay_is_refused_across_postgres_nodes(tmp_path):
    """Two nodes on one PostgreSQL: an assertion A accepted is refused by B."""
    import os

    from test_postgres import PG_BASE, psql

    schema = "gh_saml_" + uuid.uuid4().hex[:10]
    made = psql(f"CREATE SCHEMA {schema}")
    if made.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {made.stderr}")
        pytest.skip(made.stderr)
    url = f"{PG_BASE}?options=-c%20search_path%3D{schema}"
    key = tmp_path / "master.key"
    key.write_text(os.urandom(32).hex())
    a = Server(tmp_path / "a", extra_args=["--store", url, "--master-key-file", str(key)]).start()
    b = Server(tmp_path / "b", extra_args=["--store", url, "--master-key-file", str(key)]).start()
    try:
        fed = Federation(a, Idp())
        ro = fed.role("ReadOnly")
        xml = fed.idp.signed([fed.pair(ro)])
        assert fed.assume(ro, xml)["Subject"] == "alice@example.test"
        on_b = boto3.client("sts", endpoint_url=b.endpoint, region_name="us-east-1",
                            config=botocore.config.Config(signature_version=botocore.UNSIGNED,
                                                          retries={"max_attempts": 1}))
        with pytest.raises(botocore.exceptions.ClientError) as e:
            on_b.assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider, SAMLAssertion=b64(xml))
        assert e.value.response["Error"]["Code"] == "InvalidIdentityToken"
        fresh = fed.idp.signed([fed.pair(ro)])
        assert on_b.assume_role_with_saml(RoleArn=ro, PrincipalArn=fed.provider,
                                          SAMLAssertion=b64(fresh))["Subject"] == "alice@example.test"
    finally:
        a.stop()
        b.stop()
        psql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
