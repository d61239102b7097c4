// A certified OpenID provider (oidc-provider) for the compatibility tests: HTTPS on a
// loopback port with the test CA's certificate, one confidential client, the
// development login form, RS256 ID tokens. Prints `listening <issuer>` and counts key
// set requests at /stats.
import { createServer } from 'node:https';
import { readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const [cert, key, clientId, clientSecret, redirect] = process.argv.slice(2);
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
const server = createServer({ cert: readFileSync(cert), key: readFileSync(key) });
server.listen(0, '127.0.0.1', () => {
  const issuer = `https://localhost:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirect],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    }],
    jwks: { keys: [{ ...rsa, kid: 'rsa-1', use: 'sig', alg: 'RS256' }] },
    findAccount: (ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => false },
  });
  const stats = { jwks: 0, discovery: 0 };
  provider.use(async (ctx, next) => {
    if (ctx.path === '/jwks') stats.jwks += 1;
    if (ctx.path === '/.well-known/openid-configuration') stats.discovery += 1;
    if (ctx.path === '/stats') { ctx.body = stats; return; }
    await next();
  });
  server.on('request', provider.callback());
  console.log(`listening ${issuer}`);
});
