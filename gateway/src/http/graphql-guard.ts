import type { RequestContext } from '@egob/context-token';
import type { Logger } from '@egob/logger';
import type { Request, RequestHandler } from 'express';
import { canRunUnregisteredOperations } from '../auth/privileged-roles';
import { MeteredLruCache } from '../cache/metered-lru-cache';
import type { UserTokenVerifier, VerifiedUser } from '../auth/user-token-verifier';
import { createRequestContext, REQUEST_ID_HEADER } from '../context/request-context';
import { assertTokenLimit } from '../limits/assert-token-limit';
import type { RequestRateLimiter } from '../limits/request-rate-limiter';
import { resolveTrustedOperation } from '../trusted-documents/resolve-trusted-operation';
import type { TrustedDocuments } from '../trusted-documents/trusted-documents';
import { GatewayRefusal, sendRefusal } from './gateway-refusal';
import { READ_ONLY_LOCAL } from './graphql-handler';
import { MESSAGES } from './messages';

/** What the guard needs. */
export interface GraphqlGuardOptions {
  verifier: UserTokenVerifier;
  rateLimiter: RequestRateLimiter;
  /** Null until start() loaded the manifest (and when none is configured). */
  trustedDocuments: () => TrustedDocuments | null;
  /** In production, anonymous and citizen traffic may only run registered operations. */
  production: boolean;
  /** Longest operation, in lexical tokens. */
  maxTokens: number;
  logger: Logger;
}

const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]+) *$/i;
// Lexing a document costs more than looking it up: hot documents (up to 16 KB) are lexed once.
const SCAN_CACHE_SIZE = 1_000;
const MAX_SCAN_CACHED_LENGTH = 16_384;
const NO_DOCUMENTS: TrustedDocuments = { find: () => null, isRegistered: () => false, size: 0 };

/**
 * Returns the middleware that runs before Apollo on /graphql: verifies the bearer
 * token, builds the RequestContext (left in `res.locals.egob`), counts the request
 * against the rate limits, resolves trusted documents and counts the document's tokens
 * (noting whether it is read-only). A refusal is answered at
 * once as a GraphQL-shaped JSON error with its status (401, 403, 429, 400, 503).
 */
export function createGraphqlGuard(options: GraphqlGuardOptions): RequestHandler {
  const { logger } = options;
  const scans = new MeteredLruCache<boolean>(SCAN_CACHE_SIZE);
  /** Returns whether `query` is read-only; throws when it has too many tokens (assertTokenLimit). */
  const scan = (query: string): boolean => {
    if (query.length > MAX_SCAN_CACHED_LENGTH) return assertTokenLimit(query, options.maxTokens);
    let readOnly = scans.peek(query);
    if (readOnly === undefined) {
      // A refusal throws before anything is stored: an over-long document is lexed again each time.
      readOnly = assertTokenLimit(query, options.maxTokens);
      scans.put(query, readOnly);
    }
    return readOnly;
  };
  return async (req, res, next) => {
    try {
      const user = await authenticate(req, options.verifier, logger);
      const context: RequestContext = createRequestContext(req.headers, user);
      res.setHeader(REQUEST_ID_HEADER, context.requestId);
      await options.rateLimiter.consume(context, req.socket.remoteAddress ?? 'unknown');
      const query = resolveTrustedOperation(req, {
        documents: options.trustedDocuments() ?? NO_DOCUMENTS,
        mayRunUnregistered: !options.production || canRunUnregisteredOperations(context),
      });
      // Only a document the lexer showed to be read-only may share its execution (see graphql-handler).
      res.locals[READ_ONLY_LOCAL] = query !== undefined && scan(query);
      res.locals.egob = context;
    } catch (error) {
      if (!(error instanceof GatewayRefusal)) {
        next(error);
        return;
      }
      sendRefusal(res, error);
      return;
    }
    next();
  };
}

async function authenticate(req: Request, verifier: UserTokenVerifier, logger: Logger): Promise<VerifiedUser | null> {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return null;
  const token = BEARER.exec(header)?.[1];
  const result = token === undefined ? null : await verifier.verify(token);
  if (result?.ok) return result.user;
  if (result?.reason === 'unavailable') {
    logger.error({ detail: result.detail }, 'cannot verify a user token: identity JWKS unavailable');
    throw new GatewayRefusal(503, 'IDENTITY_UNAVAILABLE', MESSAGES.identityUnavailable, { 'Retry-After': '5' });
  }
  logger.info({ detail: result?.detail ?? 'not a bearer token' }, 'user token refused');
  throw new GatewayRefusal(401, 'UNAUTHENTICATED', MESSAGES.invalidToken, {
    'WWW-Authenticate': 'Bearer error="invalid_token"',
  });
}
