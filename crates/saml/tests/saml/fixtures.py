"""Writes freshly signed SAML responses (signxml and the xmlsec1 command line) and
an exclusive-C14N corpus canonicalized by lxml, for the Rust tests to check.

usage: fixtures.py OUT_DIR NOW_EPOCH_SECONDS
"""

import datetime
import json
import os
import random
import subprocess
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import XMLSigner, methods

OUT = sys.argv[1]
NOW = datetime.datetime.fromtimestamp(int(sys.argv[2]), datetime.timezone.utc)


def iso(delta_seconds=0):
    t = NOW + datetime.timedelta(seconds=delta_seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_identity(name, key):
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - datetime.timedelta(days=1))
        .not_valid_after(NOW + datetime.timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    with open(os.path.join(OUT, name + ".key"), "wb") as f:
        f.write(key_pem)
    with open(os.path.join(OUT, name + ".crt"), "wb") as f:
        f.write(cert_pem)
    return key_pem, cert_pem


SIG_PLACEHOLDER = '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="placeholder"></ds:Signature>'

XMLSEC_TEMPLATE = """<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
<ds:SignedInfo>
<ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
<ds:SignatureMethod Algorithm="{alg}"/>
<ds:Reference URI="#{id}">
<ds:Transforms>
<ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
<ds:Transform Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"><ec:InclusiveNamespaces xmlns:ec="http://www.w3.org/2001/10/xml-exc-c14n#" PrefixList="xs"/></ds:Transform>
</ds:Transforms>
<ds:DigestMethod Algorithm="{digest}"/>
<ds:DigestValue></ds:DigestValue>
</ds:Reference>
</ds:SignedInfo>
<ds:SignatureValue/>
<ds:KeyInfo><ds:X509Data><ds:X509Certificate/></ds:X509Data></ds:KeyInfo>
</ds:Signature>"""


def assertion(n, sig=""):
    return f"""<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="_a{n}" Version="2.0" IssueInstant="{iso()}">
  <saml:Issuer>https://idp.example.test/</saml:Issuer>{sig}
  <saml:Subject>
    <saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">alice@example.test</saml:NameID>
    <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
      <saml:SubjectConfirmationData NotOnOrAfter="{iso(300)}" Recipient="https://signin.aws.amazon.com/saml"/>
    </saml:SubjectConfirmation>
  </saml:Subject>
  <saml:Conditions NotBefore="{iso(-60)}" NotOnOrAfter="{iso(300)}">
    <saml:AudienceRestriction><saml:Audience>urn:amazon:webservices</saml:Audience></saml:AudienceRestriction>
  </saml:Conditions>
  <saml:AuthnStatement AuthnInstant="{iso()}" SessionIndex="_s{n}" SessionNotOnOrAfter="{iso(3600)}">
    <saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>
  </saml:AuthnStatement>
  <saml:AttributeStatement>
    <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/Role" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
      <saml:AttributeValue xsi:type="xs:string">arn:aws:iam::123456789012:role/Admin,arn:aws:iam::123456789012:saml-provider/Corp</saml:AttributeValue>
      <saml:AttributeValue xsi:type="xs:string">arn:aws:iam::123456789012:saml-provider/Corp,arn:aws:iam::123456789012:role/ReadOnly</saml:AttributeValue>
    </saml:Attribute>
    <saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName">
      <saml:AttributeValue xsi:type="xs:string">alice</saml:AttributeValue>
    </saml:Attribute>
    <saml:Attribute Name="memberOf"><saml:AttributeValue>admins &amp; friends &lt;core&gt;</saml:AttributeValue><saml:AttributeValue>ops</saml:AttributeValue></saml:Attribute>
  </saml:AttributeStatement>
</saml:Assertion>"""


def response(n, inner, sig=""):
    return f"""<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_r{n}" Version="2.0" IssueInstant="{iso()}" Destination="https://signin.aws.amazon.com/saml">
  <saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.example.test/</saml:Issuer>{sig}
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  {inner}
</samlp:Response>"""


def signxml_sign(xml, key_pem, cert_pem, alg, prefixes):
    root = etree.fromstring(xml.encode())
    signer = XMLSigner(
        method=methods.enveloped,
        signature_algorithm=alg,
        digest_algorithm="sha256" if alg.endswith("256") else alg.split("-")[1],
        c14n_algorithm="http://www.w3.org/2001/10/xml-exc-c14n#",
    )
    signed = signer.sign(
        root,
        key=key_pem,
        cert=cert_pem.decode(),
        inclusive_ns_prefixes=prefixes,
    )
    return etree.tostring(signed).decode()


XMLSEC_ALGS = {
    "rsa-sha256": ("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256"),
    "rsa-sha512": ("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmlenc#sha512"),
    "ecdsa-sha256": ("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256"),
    "ecdsa-sha384": ("http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#sha384"),
}


def xmlsec_sign(xml, key_file, cert_file, node):
    src = os.path.join(OUT, "xmlsec-in.xml")
    with open(src, "w") as f:
        f.write(xml)
    out = subprocess.run(
        [
            "xmlsec1", "--sign", "--privkey-pem", f"{key_file},{cert_file}",
            "--id-attr:ID", node, src,
        ],
        check=True, capture_output=True,
    )
    os.remove(src)
    return out.stdout.decode()


def write(name, text):
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)


def signed_responses():
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ec_key = ec.generate_private_key(ec.SECP256R1())
    ids = {"rsa": make_identity("rsa", rsa_key), "ec": make_identity("ec", ec_key)}
    stranger = make_identity("stranger", rsa.generate_private_key(public_exponent=65537, key_size=2048))
    write("stranger-signed.xml",
          signxml_sign(response(900, assertion(900), SIG_PLACEHOLDER), stranger[0], stranger[1], "rsa-sha256", None))
    n = 0
    for kind, alg in [("rsa", "rsa-sha256"), ("rsa", "rsa-sha512"), ("ec", "ecdsa-sha256"), ("ec", "ecdsa-sha384")]:
        key_pem, cert_pem = ids[kind]
        for prefixes in [None, ["xs"]]:
            n += 1
            # signxml digests the payload with these prefixes but records them only
            # on SignedInfo's method, so no conforming verifier accepts the result.
            tag = "incl" if prefixes else "plain"
            lead = "quirk-" if prefixes else ""
            signed_a = signxml_sign(assertion(n, SIG_PLACEHOLDER), key_pem, cert_pem, alg, prefixes)
            write(f"{lead}signxml-{alg}-{tag}-assertion.xml", response(n, signed_a))
            n += 1
            write(
                f"{lead}signxml-{alg}-{tag}-response.xml",
                signxml_sign(response(n, assertion(n), SIG_PLACEHOLDER), key_pem, cert_pem, alg, prefixes),
            )
        key_file, cert_file = os.path.join(OUT, kind + ".key"), os.path.join(OUT, kind + ".crt")
        sig_alg, digest = XMLSEC_ALGS[alg]
        n += 1
        tmpl = XMLSEC_TEMPLATE.format(alg=sig_alg, digest=digest, id=f"_r{n}")
        write(
            f"xmlsec1-{alg}-response.xml",
            xmlsec_sign(response(n, assertion(n), tmpl), key_file, cert_file,
                        "urn:oasis:names:tc:SAML:2.0:protocol:Response"),
        )
        n += 1
        tmpl = XMLSEC_TEMPLATE.format(alg=sig_alg, digest=digest, id=f"_a{n}")
        write(
            f"xmlsec1-{alg}-assertion.xml",
            xmlsec_sign(response(n, assertion(n, tmpl)), key_file, cert_file,
                        "urn:oasis:names:tc:SAML:2.0:assertion:Assertion"),
        )
        # Both signed, the way Okta and others send it by default.
        n += 1
        inner = signxml_sign(assertion(n, SIG_PLACEHOLDER), key_pem, cert_pem, alg, None)
        write(f"signxml-{alg}-both.xml",
              signxml_sign(response(n + 1000, inner, SIG_PLACEHOLDER), key_pem, cert_pem, alg, None))


# ---- encrypted assertions (XML Encryption built with `cryptography`) ----


def encrypt_assertion(plain, sp_public, gcm):
    import base64
    data = plain.encode()
    if gcm:
        key, iv = os.urandom(32), os.urandom(12)
        body = iv + AESGCM(key).encrypt(iv, data, None)
        alg = "http://www.w3.org/2009/xmlenc11#aes256-gcm"
    else:
        key, iv = os.urandom(16), os.urandom(16)
        pad = 16 - len(data) % 16
        data += os.urandom(pad - 1) + bytes([pad])
        enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        body = iv + enc.update(data) + enc.finalize()
        alg = "http://www.w3.org/2001/04/xmlenc#aes128-cbc"
    wrapped = sp_public.encrypt(
        key, padding.OAEP(mgf=padding.MGF1(hashes.SHA1()), algorithm=hashes.SHA1(), label=None)
    )
    b64 = lambda b: base64.b64encode(b).decode()
    return (
        '<saml:EncryptedAssertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">'
        '<xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#" Type="http://www.w3.org/2001/04/xmlenc#Element">'
        f'<xenc:EncryptionMethod Algorithm="{alg}"/>'
        '<ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><xenc:EncryptedKey>'
        '<xenc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p">'
        '<ds:DigestMethod Algorithm="http://www.w3.org/2000/09/xmldsig#sha1"/></xenc:EncryptionMethod>'
        f'<xenc:CipherData><xenc:CipherValue>{b64(wrapped)}</xenc:CipherValue></xenc:CipherData>'
        '</xenc:EncryptedKey></ds:KeyInfo>'
        f'<xenc:CipherData><xenc:CipherValue>{b64(body)}</xenc:CipherValue></xenc:CipherData>'
        '</xenc:EncryptedData></saml:EncryptedAssertion>'
    )


def encrypted_responses():
    sp_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    make_identity("sp", sp_key)
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    make_identity("other-sp", other)
    key_pem = open(os.path.join(OUT, "rsa.key"), "rb").read()
    cert_pem = open(os.path.join(OUT, "rsa.crt"), "rb").read()
    signed_a = signxml_sign(assertion(500, SIG_PLACEHOLDER), key_pem, cert_pem, "rsa-sha256", None)
    write("enc-gcm-signed-assertion.xml", response(500, encrypt_assertion(signed_a, sp_key.public_key(), True)))
    write("enc-cbc-signed-assertion.xml", response(501, encrypt_assertion(signed_a, sp_key.public_key(), False)))
    inner = encrypt_assertion(assertion(502), sp_key.public_key(), False)
    write("enc-cbc-signed-response.xml",
          signxml_sign(response(502, inner, SIG_PLACEHOLDER), key_pem, cert_pem, "rsa-sha256", None))
    # An ADFS-sized (about 8 KB) response: many group claims, assertion signed.
    groups = "".join(
        f'<saml:AttributeValue>CN=Group {i:03},OU=Groups,OU=Corp,DC=corp,DC=example,DC=test</saml:AttributeValue>'
        for i in range(45)
    )
    big = assertion(600, SIG_PLACEHOLDER).replace(
        "</saml:AttributeStatement>",
        f'<saml:Attribute Name="http://schemas.xmlsoap.org/claims/Group">{groups}</saml:Attribute></saml:AttributeStatement>',
    )
    write("big-rsa-sha256-assertion.xml", response(600, signxml_sign(big, key_pem, cert_pem, "rsa-sha256", None)))
    # Anyone can encrypt to the SP's public key: this one carries no signature.
    write("enc-gcm-unsigned.xml", response(503, encrypt_assertion(assertion(503), sp_key.public_key(), True)))


# ---- exclusive C14N differential corpus ----

# libxml2 (and so lxml) writes namespace URIs in C14N output without escaping
# `&`; the recommendation escapes them as attribute values, as the crate does. No
# SAML namespace contains one, so the corpus leaves `&` out of URIs.
NAMESPACES = ["urn:a", "urn:b", "urn:c", "http://example.test/x?q=1;r=2", ""]
PREFIXES = ["a", "b", "c", "p", "xs"]
TEXTS = ["plain", "a&b", "x<y", "p>q", "tab\there", "cr\rlf\n", "quote\"'", "é ünïcode ✓", "  ", "]]>"]


def random_document(rng, cid):
    ns_stack = [{}]
    counter = [0]

    def element(depth):
        scope = dict(ns_stack[-1])
        decls = []
        for _ in range(rng.randint(0, 2)):
            p = rng.choice(PREFIXES + [None])
            uri = rng.choice(NAMESPACES)
            if (p is not None and uri == "") or any(q == p for q, _ in decls):
                continue
            decls.append((p, uri))
            scope[p] = uri
        bound = [p for p, u in scope.items() if p is not None and u]
        prefix = rng.choice(bound + [None, None]) if bound else None
        counter[0] += 1
        name = f"{prefix}:e{counter[0]}" if prefix else f"e{counter[0]}"
        attrs = [f'cid="{counter[0]}"']
        for k in range(rng.randint(0, 3)):
            ap = rng.choice(bound + [None]) if bound else None
            aname = rng.choice(["z", "a", "m", "id"]) + str(k)
            value = rng.choice(TEXTS).replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
            value = value.replace("\t", "&#9;" if rng.random() < 0.5 else "\t").replace("\r", "&#13;").replace("\n", "&#10;")
            attrs.append(f'{ap + ":" if ap else ""}{aname}="{value}"')
        if rng.random() < 0.2:
            attrs.append('xml:lang="en"')
        for p, uri in decls:
            attrs.append(f'xmlns{":" + p if p else ""}="{uri.replace("&", "&amp;")}"')
        rng.shuffle(attrs)
        ns_stack.append(scope)
        parts = []
        if depth < 4:
            for _ in range(rng.randint(0, 3)):
                r = rng.random()
                if r < 0.45:
                    parts.append(element(depth + 1))
                elif r < 0.7:
                    t = rng.choice(TEXTS)
                    parts.append(t.replace("&", "&amp;").replace("<", "&lt;").replace("]]>", "]]&gt;").replace("\r", "&#13;"))
                elif r < 0.8:
                    parts.append("<!-- a comment -->")
                elif r < 0.9:
                    parts.append("<?target some data?>")
                else:
                    parts.append("<![CDATA[cdata & <stuff>]]>")
        ns_stack.pop()
        body = "".join(parts)
        if not body and rng.random() < 0.5:
            return f"<{name} {' '.join(attrs)}/>"
        return f"<{name} {' '.join(attrs)}>{body}</{name}>"

    return element(0), counter[0]


def c14n_corpus(count):
    rng = random.Random(7)
    cases = []
    for i in range(count):
        text, elements = random_document(rng, i)
        root = etree.fromstring(text.encode())
        target = rng.randint(1, elements)
        (el,) = root.xpath(f"//*[@cid='{target}']")
        # lxml ignores `#default` in the prefix list (the recommendation names the
        # default namespace with it; the crate follows the recommendation and unit
        # tests it), so the corpus does not use it.
        prefixes = rng.choice([None, ["a"], ["b"], ["xs", "c", "p"]])
        out = etree.tostring(el, method="c14n", exclusive=True, with_comments=False,
                             inclusive_ns_prefixes=prefixes)
        cases.append({"xml": text, "cid": str(target), "prefixes": prefixes or [], "c14n": out.decode()})
    write("c14n-corpus.json", json.dumps(cases))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    signed_responses()
    encrypted_responses()
    c14n_corpus(int(os.environ.get("C14N_CASES", "2000")))
