import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

/** One Ed25519 signing key of the fake identity. */
export interface IdentityKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

/** What a test may change in a token (claims merged over a valid citizen's; header fields). */
export interface TokenOptions {
  claims?: Record<string, unknown>;
  /** Seconds from now (negative: already expired). 300 by default. */
  expiresIn?: number;
  /** Seconds from now for `iat` (0 by default). */
  issuedAt?: number;
  key?: IdentityKey;
  /** Header `kid` (the key's own by default). */
  kid?: string;
  typ?: string | null;
}

/** An identity service for tests: serves its JWKS and signs access tokens as docs/access-control.md says. */
export interface FakeIdentity {
  issuer: string;
  jwksUrl: string;
  /** Keys published in the JWKS (the first one signs by default). */
  keys: IdentityKey[];
  /** Number of `GET /oauth/jwks` answered. */
  jwksRequests: number;
  /** Returns a signed access token. */
  sign(options?: TokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/** Returns a fresh Ed25519 key with the given kid (not published anywhere). */
export async function createIdentityKey(kid: string): Promise<IdentityKey> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' } };
}

/** Starts a fake identity on 127.0.0.1 and a free port, publishing one key. */
export async function startFakeIdentity(): Promise<FakeIdentity> {
  const identity: FakeIdentity = {
    issuer: '',
    jwksUrl: '',
    keys: [await createIdentityKey('key-1')],
    jwksRequests: 0,
    async sign(options = {}) {
      const key = options.key ?? identity.keys[0]!;
      const now = Math.floor(Date.now() / 1000);
      const typ = options.typ === undefined ? 'at+jwt' : options.typ;
      return new SignJWT({
        iss: identity.issuer,
        sub: '1234567',
        aud: 'egob-gateway',
        iat: now + (options.issuedAt ?? 0),
        exp: now + (options.expiresIn ?? 300),
        jti: `jti-${now}-${Math.random()}`,
        client_id: 'portal-ciudadano',
        roles: ['citizen'],
        entity_roles: {},
        amr: ['pwd'],
        ...options.claims,
      })
        .setProtectedHeader({ alg: 'EdDSA', kid: options.kid ?? key.kid, ...(typ !== null && { typ }) })
        .sign(key.privateKey);
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    if (req.url === '/oauth/jwks' && req.method === 'GET') {
      identity.jwksRequests += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: identity.keys.map((k) => k.publicJwk) }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  identity.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  identity.jwksUrl = `${identity.issuer}/oauth/jwks`;
  return identity;
}
