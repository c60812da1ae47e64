import { CONTEXT_TOKEN_HEADER, type ContextVerifier, type RequestContext } from '@egob/context-token';
import type { NextFunction, Request, Response } from 'express';
import { messages } from '../messages';

/** Where the guard leaves the verified context for the GraphQL context factory. */
export const REQUEST_CONTEXT_KEY = 'egobRequestContext';

/**
 * Express middleware that refuses (401, one-line reason) any request without a valid
 * context token signed by the gateway for this subgraph.
 */
export function contextGuard(verifier: ContextVerifier) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers[CONTEXT_TOKEN_HEADER];
    const result = await verifier.verify(Array.isArray(header) ? header[0] : header);
    if (!result.ok) {
      res
        .status(401)
        .set('WWW-Authenticate', 'EgobContext')
        .json({ errors: [{ message: messages.rejected(result.reason), extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    res.locals[REQUEST_CONTEXT_KEY] = result.context satisfies RequestContext;
    next();
  };
}
