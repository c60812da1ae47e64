import type { RequestContext } from '@egob/context-token';
import type { GraphQLFormattedError } from 'graphql';
import { resultContentTypeFor } from './graphql-error-answer';
import type { GraphqlHttpRequest } from './graphql-http-request';
import { isJsonContentType } from './read-json-body';
import { lacksQuery, REQUEST_SHAPE_MESSAGES, requestShapeError } from './request-shape';
import type { VariablePrecheck } from './variable-precheck';

/** Returns the errors Apollo would answer (400) before executing a request, or null to let Apollo run it. */
export type RequestPrecheck = (request: GraphqlHttpRequest, context: RequestContext) => readonly GraphQLFormattedError[] | null;

/**
 * Returns the checks run between the guard and Apollo on a POSTed JSON body: its shape
 * (a batch, no keys, a query that is not a string…) and the variables of an operation
 * Apollo already ran. Both answer in Apollo's words, so a malformed request — a burst of
 * them — costs no trip through Apollo's pipeline. Other requests (GET, another
 * Content-Type: Apollo's CSRF check speaks first) are left to Apollo.
 */
export function createRequestPrecheck(variables: VariablePrecheck): RequestPrecheck {
  return (request, context) => {
    if (request.method !== 'POST' || !isJsonContentType(request.headers['content-type'])) return null;
    const shape = requestShapeError(request);
    if (shape !== null) return [{ message: shape, extensions: { code: 'BAD_REQUEST' } }];
    // What Apollo's pipeline answers is then sent in a negotiated type; when the Accept header takes none, Apollo answers 406: its case.
    if (resultContentTypeFor(request.headers.accept) === null) return null;
    if (lacksQuery(request)) return [{ message: REQUEST_SHAPE_MESSAGES.noQuery, extensions: { code: 'BAD_REQUEST' } }];
    return variables.errorsOf(request, context);
  };
}
