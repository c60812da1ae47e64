import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { MeteredLruCache, type CacheStats } from '../cache/metered-lru-cache';

/** Audience of every user access token the gateway accepts. */
export const GATEWAY_AUDIENCE = 'egob-gateway';

/** What the gateway takes from a verified access token. */
export interface VerifiedUser {
  /** `sub`: a citizen's CI, or `service:<client_id>`. */
  subject: string;
  clientId: string | null;
  /** Platform roles (`citizen`, `developer`, `platform:admin`, `service`, …). */
  roles: string[];
  /** Entity roles per PublicEntity code. */
  entityRoles: Readonly<Record<string, readonly string[]>>;
}

/** Outcome of verifying a bearer token: the user, or why not (`invalid` → 401, `unavailable` → 503). */
export type UserTokenResult = { ok: true; user: VerifiedUser } | { ok: false; reason: 'invalid' | 'unavailable'; detail: string };

/** Options of createUserTokenVerifier. */
export interface UserTokenVerifierOptions {
  issuer: string;
  jwksUrl: string;
  /** Longest wait for the JWKS (5 s by default). */
  timeoutMs?: number;
  /** Verified tokens remembered (10,000 by default). */
  cacheSize?: number;
}

/** Verifies identity's access tokens (docs/access-control.md). */
export interface UserTokenVerifier {
  verify(token: string): Promise<UserTokenResult>;
  /** Returns the counters of the cache of verified tokens. */
  stats(): CacheStats;
}

interface VerifiedToken {
  user: VerifiedUser;
  /** Epoch ms after which the token must be verified again. */
  validUntil: number;
}

const CLOCK_TOLERANCE_SECONDS = 30;
// Identity issues tokens for at most 10 minutes: an older `iat` is refused whatever `exp` says.
const MAX_TOKEN_AGE_SECONDS = 600 + CLOCK_TOLERANCE_SECONDS;
const JWKS_COOLDOWN_MS = 30_000;
// A verified token is trusted again without a signature check for at most this long: no
// longer than jose keeps a JWKS key it fetched, so a key identity withdraws stops working as soon as before.
const REMEMBER_MS = 60_000;

// A token that fails these checks is the client's problem (401); anything else is ours or identity's (503).
const TOKEN_ERRORS = [
  errors.JWTExpired,
  errors.JWTClaimValidationFailed,
  errors.JWTInvalid,
  errors.JWSInvalid,
  errors.JWSSignatureVerificationFailed,
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSEAlgNotAllowed,
  errors.JOSENotSupported,
];

/**
 * Returns a verifier of `Authorization: Bearer` tokens: EdDSA only, `typ: at+jwt`,
 * issuer, audience `egob-gateway`, expiry with 30 s tolerance. The JWKS is fetched
 * once and cached; an unknown `kid` fetches it again at most once per 30 s. A token that
 * verified is remembered (exact string, bounded LRU) until the earliest of its expiry,
 * its maximum age and 60 s; a refused token is never remembered.
 */
export function createUserTokenVerifier(options: UserTokenVerifierOptions): UserTokenVerifier {
  const jwks = createRemoteJWKSet(new URL(options.jwksUrl), {
    cooldownDuration: JWKS_COOLDOWN_MS,
    timeoutDuration: options.timeoutMs ?? 5_000,
  });
  const verified = new MeteredLruCache<VerifiedToken>(options.cacheSize ?? 10_000);
  return {
    stats: () => verified.stats(),
    async verify(token) {
      const now = Date.now();
      const remembered = verified.peek(token);
      if (remembered !== undefined && now < remembered.validUntil) return { ok: true, user: remembered.user };
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          algorithms: ['EdDSA'],
          issuer: options.issuer,
          audience: GATEWAY_AUDIENCE,
          typ: 'at+jwt',
          clockTolerance: CLOCK_TOLERANCE_SECONDS,
          maxTokenAge: MAX_TOKEN_AGE_SECONDS,
          requiredClaims: ['sub', 'exp', 'iat'],
        }));
      } catch (error) {
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        if (TOKEN_ERRORS.some((type) => error instanceof type)) return { ok: false, reason: 'invalid', detail };
        return { ok: false, reason: 'unavailable', detail };
      }
      const user = userOf(payload);
      if (!user) return { ok: false, reason: 'invalid', detail: 'malformed roles or entity_roles claim' };
      // jwtVerify required exp and iat.
      const validUntil = Math.min((payload.exp! + CLOCK_TOLERANCE_SECONDS) * 1000, (payload.iat! + MAX_TOKEN_AGE_SECONDS) * 1000, now + REMEMBER_MS);
      verified.put(token, { user, validUntil });
      return { ok: true, user };
    },
  };
}

function userOf(payload: JWTPayload): VerifiedUser | null {
  const { sub, roles, entity_roles: entityRoles, client_id: clientId } = payload;
  if (typeof sub !== 'string' || sub === '') return null;
  const platformRoles = roles ?? [];
  if (!isStringArray(platformRoles)) return null;
  const perEntity = entityRoles ?? {};
  if (typeof perEntity !== 'object' || perEntity === null || Array.isArray(perEntity)) return null;
  if (!Object.values(perEntity).every(isStringArray)) return null;
  return {
    subject: sub,
    clientId: typeof clientId === 'string' ? clientId : null,
    roles: platformRoles,
    entityRoles: perEntity as Record<string, string[]>,
  };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
