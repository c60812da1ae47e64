import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/** Returns the token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(req: Request): string | null {
  return /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1] ?? null;
}

/**
 * Returns a middleware that answers 401 `UNAUTHENTICATED` with `message` unless the
 * bearer token equals `secret` (compared in constant time); with no secret configured
 * (open development mode) every request passes.
 */
export function requireBearerSecret(secret: string | undefined, message: string): RequestHandler {
  if (secret === undefined) return (_req, _res, next) => next();
  // Comparing digests keeps the comparison constant-time whatever the presented length.
  const expected = digest(secret);
  return (req, res, next) => {
    const token = bearerToken(req);
    if (token !== null && timingSafeEqual(digest(token), expected)) {
      next();
      return;
    }
    res.status(401).set('WWW-Authenticate', 'Bearer realm="egob-registry"').json({ ok: false, error: { code: 'UNAUTHENTICATED', message } });
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
