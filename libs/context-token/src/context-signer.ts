import { createPublicKey, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { CONTEXT_TOKEN_ISSUER, type RequestContext } from './request-context';
import { keyIdOf, readPrivateKey } from './pem';

/** Options of createContextSigner. */
export interface ContextSignerOptions {
  /** PKCS#8 PEM of the gateway's Ed25519 key. */
  privateKeyPem: string;
  /** Lifetime of a token; short, since one is made per subgraph request. */
  ttlSeconds?: number;
}

/** Signs context tokens for subgraph requests. */
export interface ContextSigner {
  /** Returns a compact JWT for `audience` (the subgraph's name) carrying `context`. */
  sign(context: RequestContext, audience: string): Promise<string>;
  readonly keyId: string;
}

/** Returns a signer holding the gateway's private key (EdDSA / Ed25519). */
export async function createContextSigner(options: ContextSignerOptions): Promise<ContextSigner> {
  const privateKey = readPrivateKey(options.privateKeyPem);
  const keyId = await keyIdOf(createPublicKey(privateKey));
  const ttl = options.ttlSeconds ?? 60;
  return {
    keyId,
    sign(context, audience) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        roles: context.roles,
        ent: context.actingEntity,
        pur: context.purpose,
        rid: context.requestId,
      })
        .setProtectedHeader({ alg: 'EdDSA', kid: keyId, typ: 'egob-context+jwt' })
        .setIssuer(CONTEXT_TOKEN_ISSUER)
        .setSubject(context.subject)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + ttl)
        .setJti(randomUUID())
        .sign(privateKey);
    },
  };
}
