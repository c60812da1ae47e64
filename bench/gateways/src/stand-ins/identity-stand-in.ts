import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

/** The identity service as the egob gateway sees it: a JWKS, and access tokens signed with its key. */
export interface IdentityStandIn {
  /** The issuer (IDENTITY_ISSUER); the JWKS is at `${issuer}/oauth/jwks`. */
  issuer: string;
  jwksUrl: string;
  /** Returns a fresh access token of the demo citizen (EdDSA, `typ: at+jwt`, audience egob-gateway, 5 minutes). */
  citizenToken(): Promise<string>;
  close(): Promise<void>;
}

const KID = 'bench-1';
const TOKEN_SECONDS = 300;

/** Starts the stand-in on 127.0.0.1 and a free port with a fresh Ed25519 key. */
export async function startIdentityStandIn(): Promise<IdentityStandIn> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: 'EdDSA', use: 'sig' }] });
  const server = http.createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/oauth/jwks') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/oauth/jwks`,
    // The gateway refuses tokens older than 10 minutes: the rig signs one per load run.
    citizenToken: () => {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ client_id: 'portal-ciudadano', roles: ['citizen'], entity_roles: {}, amr: ['pwd'] })
        .setProtectedHeader({ alg: 'EdDSA', kid: KID, typ: 'at+jwt' })
        .setIssuer(issuer)
        .setSubject('1234567')
        .setAudience('egob-gateway')
        .setIssuedAt(now)
        .setExpirationTime(now + TOKEN_SECONDS)
        .setJti(randomUUID())
        .sign(privateKey);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
