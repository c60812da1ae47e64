import type { KeyObject } from 'node:crypto';
import { decodeProtectedHeader, errors, jwtVerify } from 'jose';
import { CONTEXT_TOKEN_ISSUER, type RequestContext } from './request-context';
import { keyIdOf, readPublicKey, splitPemBlocks } from './pem';

/** Options of createContextVerifier. */
export interface ContextVerifierOptions {
  /** One or more SPKI PEM blocks (more than one during a key rotation). */
  publicKeysPem: string;
  /** The subgraph's own name: a token made for another subgraph is refused. */
  audience: string;
  clockToleranceSeconds?: number;
  /** Longest lifetime accepted, whatever the token says. */
  maxTtlSeconds?: number;
}

/** Outcome of verifying a context token: the context, or a one-line reason. */
export type VerifyResult = { ok: true; context: RequestContext } | { ok: false; reason: string };

/** Verifies context tokens at a subgraph. */
export interface ContextVerifier {
  verify(token: string | undefined): Promise<VerifyResult>;
}

/** Returns a verifier that accepts only tokens signed by one of the given gateway keys. */
export async function createContextVerifier(options: ContextVerifierOptions): Promise<ContextVerifier> {
  const keys = new Map<string, KeyObject>();
  for (const pem of splitPemBlocks(options.publicKeysPem)) {
    const key = readPublicKey(pem);
    keys.set(await keyIdOf(key), key);
  }
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const maxTokenAge = options.maxTtlSeconds ?? 300;
  return {
    async verify(token) {
      if (!token) return { ok: false, reason: 'missing context token' };
      let kid: string | undefined;
      try {
        kid = decodeProtectedHeader(token).kid;
      } catch {
        return { ok: false, reason: 'malformed context token' };
      }
      const key = kid ? keys.get(kid) : undefined;
      if (!key) return { ok: false, reason: 'context token signed by an unknown key' };
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['EdDSA'],
          issuer: CONTEXT_TOKEN_ISSUER,
          audience: options.audience,
          clockTolerance,
          maxTokenAge,
          requiredClaims: ['sub', 'exp', 'iat', 'rid'],
        });
        const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
        return {
          ok: true,
          context: {
            subject: payload.sub!,
            roles,
            actingEntity: typeof payload.ent === 'string' ? payload.ent : null,
            purpose: typeof payload.pur === 'string' ? payload.pur : null,
            requestId: String(payload.rid),
          },
        };
      } catch (error) {
        return { ok: false, reason: describe(error) };
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired context token';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'context token made for another subgraph';
    if (error.claim === 'iss') return 'context token not issued by the gateway';
    if (error.claim === 'iat') return 'context token too old or issued in the future';
    return `invalid context token claim: ${error.claim}`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'forged context token (bad signature)';
  return 'invalid context token';
}
