import type { RequestContext } from '@egob/context-token';
import type { Logger } from '@egob/logger';
import { canRunUnregisteredOperations } from '../auth/privileged-roles';
import { MeteredLruCache } from '../cache/metered-lru-cache';
import type { UserTokenVerifier, VerifiedUser } from '../auth/user-token-verifier';
import { createRequestContext } from '../context/request-context';
import { assertTokenLimit } from '../limits/assert-token-limit';
import type { RequestRateLimiter } from '../limits/request-rate-limiter';
import { resolveTrustedOperation } from '../trusted-documents/resolve-trusted-operation';
import type { TrustedDocuments } from '../trusted-documents/trusted-documents';
import { GatewayRefusal } from './gateway-refusal';
import type { GraphqlHttpRequest } from './graphql-http-request';
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

/** The guard's two steps, run in turn by the /graphql endpoint. */
export interface GraphqlGuard {
  /** Verifies the bearer token and builds the RequestContext; throws a GatewayRefusal (401, 403, 503). */
  authenticate(request: GraphqlHttpRequest): Promise<RequestContext>;
  /**
   * Counts the request against the rate limits, resolves trusted documents (rewriting
   * the request) and counts the document's tokens; returns whether the document is
   * surely read-only. Throws a GatewayRefusal (429, 400).
   */
  admit(request: GraphqlHttpRequest, context: RequestContext): Promise<boolean>;
}

/**
 * Returns what runs before Apollo on /graphql. A refusal is thrown as a GatewayRefusal
 * that the endpoint answers at once as a GraphQL-shaped JSON error with its status.
 */
export function createGraphqlGuard(options: GraphqlGuardOptions): GraphqlGuard {
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
  return {
    async authenticate(request) {
      const user = await authenticate(request, options.verifier, logger);
      return createRequestContext(request.headers, user);
    },
    async admit(request, context) {
      await options.rateLimiter.consume(context, request.remoteAddress);
      const query = resolveTrustedOperation(request, {
        documents: options.trustedDocuments() ?? NO_DOCUMENTS,
        mayRunUnregistered: !options.production || canRunUnregisteredOperations(context),
      });
      // Only a document the lexer showed to be read-only may share its execution (see graphql-handler).
      return query !== undefined && scan(query);
    },
  };
}

async function authenticate(request: GraphqlHttpRequest, verifier: UserTokenVerifier, logger: Logger): Promise<VerifiedUser | null> {
  const header = request.headers.authorization;
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
