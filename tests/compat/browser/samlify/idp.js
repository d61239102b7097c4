// Signs an IdP-initiated SAML response with samlify (xml-crypto underneath) and prints it
// base64-encoded. Input on stdin (JSON): entityId, keyPem, certPem, algorithm (a signature
// method URI), sign ("response" or "assertion"), roles, sessionName, nameId, recipient,
// audience.
const crypto = require("crypto");
const path = require("path");
const saml = require("samlify");

// ECDSA-SHA256, which neither samlify nor xml-crypto ships, is added at run time (the
// installed packages stay as npm put them).
const ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
const SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

// An XML DSig ECDSA SignatureValue is r || s, each padded to the length of the curve's
// order (RFC 4050, RFC 6931): Node calls that "ieee-p1363"; its default is DER. The shape
// is xml-crypto's SignatureAlgorithm interface; if xml-crypto stopped taking it, samlify
// would fail with "signature algorithm ... is not supported", not fall back to RSA.
class EcdsaSha256 {
  getAlgorithmName() {
    return ECDSA_SHA256;
  }

  getSignature(signedInfo, privateKey, callback) {
    let value;
    try {
      const key = crypto.createPrivateKey(privateKey);
      if (key.asymmetricKeyType !== "ec") {
        throw new Error(`ecdsa-sha256 needs an EC key, not ${key.asymmetricKeyType}`);
      }
      value = crypto.sign("sha256", Buffer.from(signedInfo), { key, dsaEncoding: "ieee-p1363" }).toString("base64");
    } catch (e) {
      if (typeof callback === "function") return callback(e);
      throw e;
    }
    if (typeof callback === "function") return callback(null, value);
    return value;
  }

  verifySignature(material, key, signatureValue, callback) {
    let ok;
    try {
      ok = crypto.verify("sha256", Buffer.from(material), { key, dsaEncoding: "ieee-p1363" },
        Buffer.from(signatureValue, "base64"));
    } catch (e) {
      if (typeof callback === "function") return callback(e);
      throw e;
    }
    if (typeof callback === "function") return callback(null, ok);
    return ok;
  }
}

// The xml-crypto module samlify loads (resolved from samlify's own directory, so it is the
// same module instance even if another copy were installed). Each SignedXml builds its
// SignatureAlgorithms map, xml-crypto's registry for signature classes, by assigning it in
// the constructor, and samlify makes its SignedXml inside constructSAMLSignature (and
// reassigns the map to add RSA-PSS), so the ECDSA class is added whenever a map is
// assigned: an accessor on the prototype receives those assignments. The HMAC-only map of
// enableHMAC() is left as it is.
const { SignedXml } = require(require.resolve("xml-crypto", { paths: [path.dirname(require.resolve("samlify"))] }));
const algorithmsOf = new WeakMap();
Object.defineProperty(SignedXml.prototype, "SignatureAlgorithms", {
  configurable: true,
  get() {
    return algorithmsOf.get(this);
  },
  set(map) {
    algorithmsOf.set(this, map && map[RSA_SHA256] ? { ...map, [ECDSA_SHA256]: EcdsaSha256 } : map);
  },
});

// samlify picks each Reference's DigestMethod from its table keyed by signature method.
saml.Constants.algorithms.signature.ECDSA_SHA256 = ECDSA_SHA256;
saml.Constants.algorithms.digest[ECDSA_SHA256] = SHA256;

function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

async function main() {
  const input = JSON.parse(require("fs").readFileSync(0, "utf8"));
  saml.setSchemaValidator({ validate: () => Promise.resolve("not validated: signing only") });
  const idp = saml.IdentityProvider({
    entityID: input.entityId,
    privateKey: input.keyPem,
    signingCert: input.certPem,
    requestSignatureAlgorithm: input.algorithm,
    nameIDFormat: ["urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"],
    singleSignOnService: [{ Binding: saml.Constants.namespace.binding.redirect, Location: input.entityId + "sso" }],
  });
  const sp = saml.ServiceProvider({
    entityID: input.audience,
    wantAssertionsSigned: input.sign === "assertion",
    wantMessageSigned: input.sign === "response",
    assertionConsumerService: [{ Binding: saml.Constants.namespace.binding.post, Location: input.recipient }],
  });
  const now = new Date();
  const later = new Date(now.getTime() + 5 * 60 * 1000).toISOString();
  const attribute = (name, values) =>
    `<saml:Attribute Name="${esc(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">` +
    values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${esc(v)}</saml:AttributeValue>`).join("") +
    "</saml:Attribute>";
  const authn =
    `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="_s1"><saml:AuthnContext>` +
    "<saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" +
    "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>";
  const attributes =
    "<saml:AttributeStatement>" +
    attribute("https://aws.amazon.com/SAML/Attributes/Role", input.roles) +
    attribute("https://aws.amazon.com/SAML/Attributes/RoleSessionName", [input.sessionName]) +
    "</saml:AttributeStatement>";
  // replaceTagsByValue escapes values: the statements (XML) go in first, verbatim.
  const statements = (template) =>
    template.replace("{AuthnStatement}", authn).replace("{AttributeStatement}", attributes);
  const replace = (template) => ({
    context: saml.SamlLib.replaceTagsByValue(statements(template), {
      ID: "_" + crypto.randomUUID(),
      AssertionID: "_" + crypto.randomUUID(),
      Destination: input.recipient,
      Audience: input.audience,
      SubjectRecipient: input.recipient,
      Issuer: input.entityId,
      IssueInstant: now.toISOString(),
      StatusCode: "urn:oasis:names:tc:SAML:2.0:status:Success",
      ConditionsNotBefore: now.toISOString(),
      ConditionsNotOnOrAfter: later,
      SubjectConfirmationDataNotOnOrAfter: later,
      NameIDFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      NameID: input.nameId,
      InResponseTo: undefined,
    }),
  });
  const { context } = await idp.createLoginResponse(sp, null, "post", {}, replace);
  process.stdout.write(context);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
