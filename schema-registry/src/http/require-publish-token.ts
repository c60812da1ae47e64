import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { messages } from '../messages';
import type { PublishRefusedBody } from '../registry.types';

/**
 * Returns a middleware that answers 401 unless `Authorization: Bearer <token>` matches
 * `token` (compared in constant time); with no token configured it lets every request through.
 */
export function requirePublishToken(token: string | undefined): RequestHandler {
  if (token === undefined) return (_req, _res, next) => next();
  // Comparing digests keeps the comparison constant-time whatever the presented length.
  const expected = digest(token);
  return (req, res, next) => {
    const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    if (match && timingSafeEqual(digest(match[1]!), expected)) {
      next();
      return;
    }
    const body: PublishRefusedBody = { ok: false, error: { code: 'UNAUTHENTICATED', message: messages.unauthenticated } };
    res.status(401).set('WWW-Authenticate', 'Bearer realm="egob-registry"').json(body);
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
