import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '@egob/logger';
import { SUBGRAPH_UNAVAILABLE } from '../context/subgraph-data-source';

/** Message of every error the client must not see the details of. */
export const INTERNAL_ERROR_MESSAGE = 'Error interno del servidor';

/** Codes whose message is written for the client and safe to show as is. */
const PUBLIC_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  // The gateway's own refusals (answered before Apollo, listed so they survive if raised inside it).
  'OPERATION_NOT_REGISTERED',
  'RATE_LIMITED',
  'IDENTITY_UNAVAILABLE',
  // A subgraph that could not record a read of personal data answers no data, and says so.
  'AUDIT_UNAVAILABLE',
  SUBGRAPH_UNAVAILABLE,
]);

/** Apollo's `formatError` option. */
export type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * Returns Apollo's `formatError`: errors with a public code keep their message, all
 * others become INTERNAL_SERVER_ERROR (logged in full). Extensions are cut down to
 * `code` (and the subgraph's name when it is unavailable) so no stack, URL or
 * subgraph response body leaks to the client.
 */
export function createErrorFormatter(logger: Logger): ErrorFormatter {
  return (formatted, error) => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    const { locations, path } = formatted;
    if (code !== undefined && PUBLIC_CODES.has(code)) {
      const extensions: Record<string, unknown> = { code };
      if (code === SUBGRAPH_UNAVAILABLE) extensions.serviceName = formatted.extensions?.serviceName;
      return { message: formatted.message, ...(locations && { locations }), ...(path && { path }), extensions };
    }
    logger.error({ err: error, code, path }, 'unexpected error masked in a GraphQL response');
    return {
      message: INTERNAL_ERROR_MESSAGE,
      ...(locations && { locations }),
      ...(path && { path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
