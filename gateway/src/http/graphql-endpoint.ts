import type { Logger } from '@egob/logger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { REQUEST_ID_HEADER } from '../context/request-context';
import { INTERNAL_ERROR_MESSAGE } from './error-formatter';
import { GatewayRefusal, sendJsonError, sendRefusal } from './gateway-refusal';
import { sendGraphqlErrors } from './graphql-error-answer';
import type { GraphqlGuard } from './graphql-guard';
import type { GraphqlHandler } from './graphql-handler';
import type { GraphqlHttpRequest } from './graphql-http-request';
import { readJsonBody, type ReadJsonBodyOptions } from './read-json-body';
import type { RequestPrecheck } from './request-precheck';

/** Response header naming the supergraph version that served the request. */
export const SUPERGRAPH_ID_HEADER = 'x-egob-supergraph-id';

/** What the /graphql endpoint needs. */
export interface GraphqlEndpointOptions {
  guard: GraphqlGuard;
  /** Null until a supergraph is loaded and Apollo started: requests get 503 meanwhile. */
  handler: () => GraphqlHandler | null;
  supergraphId: () => string | null;
  body: ReadJsonBodyOptions;
  /** What Apollo would refuse before executing, answered without it (createRequestPrecheck). */
  precheck: RequestPrecheck;
  logger: Logger;
}

/**
 * Returns the /graphql endpoint as a plain node:http handler — every request of the
 * platform passes here, and so does every malformed one, so nothing (no router, no
 * middleware chain) runs that the request does not need: the body is read (limit,
 * JSON), the guard authenticates and admits it, the precheck answers the shapes and
 * variables Apollo would refuse, Apollo runs the rest. A refusal is answered
 * at once as a GraphQL-shaped JSON error with its status (400, 401, 403, 413, 415,
 * 429, 503); anything unexpected is logged and answered 500 without details.
 */
export function createGraphqlEndpoint(options: GraphqlEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { guard, logger } = options;
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const id = options.supergraphId();
    if (id !== null) res.setHeader(SUPERGRAPH_ID_HEADER, id);
    const handler = options.handler();
    if (handler === null) {
      // Before a supergraph is loaded, answer 503 without spending the caller's budget.
      req.resume();
      sendJsonError(res, 503, 'El gateway aún no tiene un esquema cargado.', 'SUPERGRAPH_NOT_LOADED', { 'Retry-After': '5' });
      return;
    }
    const request: GraphqlHttpRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/graphql',
      headers: req.headers,
      body: await readJsonBody(req, options.body),
      remoteAddress: req.socket.remoteAddress ?? 'unknown',
    };
    const context = await guard.authenticate(request);
    res.setHeader(REQUEST_ID_HEADER, context.requestId);
    const readOnly = await guard.admit(request, context);
    const errors = options.precheck(request, context);
    if (errors !== null) {
      sendGraphqlErrors(res, req.headers.accept, errors);
      return;
    }
    await handler(request, context, readOnly, res);
  };
  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        logger.error({ err: error }, 'error after the response started');
        res.destroy();
        return;
      }
      if (error instanceof GatewayRefusal) {
        // A refused body may still be arriving: do not keep reading it on this connection.
        if (error.status === 413) res.setHeader('Connection', 'close');
        sendRefusal(res, error);
        return;
      }
      logger.error({ err: error }, 'unhandled error in a /graphql request');
      sendJsonError(res, 500, INTERNAL_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR');
    });
  };
}

/** Returns whether a request's target is the GraphQL endpoint (`/graphql`, any query string; as Express routed it, case-insensitively). */
export function isGraphqlTarget(url: string | undefined): boolean {
  if (url === undefined) return false;
  const end = url.indexOf('?');
  const path = end === -1 ? url : url.slice(0, end);
  return path.length <= 9 && /^\/graphql\/?$/i.test(path);
}
