// oauth2-mock-server (axa-group, from npm; not written here) as the independent authorization
// server of the interop tests: authorize (PKCE S256 checked), token with client_credentials,
// authorization_code and refresh_token; RS256-signed JWT access tokens.
//   node server.mjs KEYDIR USER
// Writes the public key where Dovecot's local validation looks it up (KEYDIR/default/RS256/<kid>),
// prints the issuer URL, and runs until stdin closes. Every token names USER in "sub", and "nbf"
// equals "iat" (the mock backdates nbf by 10 s, which Dovecot rejects as conflicting times).
import { createPublicKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { OAuth2Server } from 'oauth2-mock-server';

const [keyDir, user] = process.argv.slice(2);
if (!keyDir || !user) {
  console.error('usage: node server.mjs KEYDIR USER');
  process.exit(2);
}
const server = new OAuth2Server();
const jwk = await server.issuer.keys.generate('RS256');
const pem = createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
mkdirSync(`${keyDir}/default/RS256`, { recursive: true });
writeFileSync(`${keyDir}/default/RS256/${jwk.kid}`, pem);
server.service.on('beforeTokenSigning', (token) => {
  token.payload.sub = user;
  token.payload.nbf = token.payload.iat;
});
await server.start(0, '127.0.0.1');
// The mock names loopback "localhost", which may resolve to ::1 where nothing listens.
server.issuer.url = `http://127.0.0.1:${server.address().port}`;
console.log(server.issuer.url);
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.stop();
  process.exit(0);
});
