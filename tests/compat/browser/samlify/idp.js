// Signs an IdP-initiated SAML response with samlify (xml-crypto underneath) and prints it
// base64-encoded. Input on stdin (JSON): entityId, keyPem, certPem, algorithm, sign
// ("response" or "assertion"), roles, sessionName, nameId, recipient, audience.
const saml = require("samlify");

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
      ID: "_" + require("crypto").randomUUID(),
      AssertionID: "_" + require("crypto").randomUUID(),
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
