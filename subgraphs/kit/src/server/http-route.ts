import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '@egob/logger';
import type { SubgraphConfig } from '../config';
import { messages } from '../messages';

/** What an extra HTTP route's handler receives. */
export interface HttpRouteRequest {
  /** The parsed JSON body (undefined when empty). */
  body: unknown;
  /** Request headers, lower-case names. */
  headers: Record<string, string | undefined>;
}

/** What an extra HTTP route's handler answers: sent as JSON. */
export interface HttpRouteResponse {
  status: number;
  body: unknown;
}

/** What the kit hands an extra HTTP route's handler. */
export interface HttpRouteDeps<TServices> {
  services: TServices;
  config: SubgraphConfig;
  logger: Logger;
}

/**
 * An extra HTTP route of a subgraph (e.g. the audit subgraph's `POST /ingest`): mounted
 * before `/graphql` and outside its context-token guard, so it authenticates its callers itself.
 */
export interface HttpRoute<TServices> {
  method: 'GET' | 'POST';
  /** Express path, e.g. `/ingest`. */
  path: string;
  /** Largest body accepted (express size string); default `1mb`. */
  bodyLimit?: string;
  handle(request: HttpRouteRequest, deps: HttpRouteDeps<TServices>): Promise<HttpRouteResponse>;
}

/** Mounts the routes on `app`: a body that is not JSON is a 400 `{ ok: false, error }`; handler errors go to the app's error handler. */
export function mountHttpRoutes<TServices>(app: Express, routes: HttpRoute<TServices>[], deps: HttpRouteDeps<TServices>): void {
  for (const route of routes) {
    const method = route.method === 'GET' ? 'get' : 'post';
    app[method](
      route.path,
      express.text({ type: () => true, limit: route.bodyLimit ?? '1mb' }),
      async (req: Request, res: Response, _next: NextFunction) => {
        let body: unknown;
        const text = typeof req.body === 'string' ? req.body : '';
        try {
          body = text.trim() === '' ? undefined : JSON.parse(text);
        } catch {
          res.status(400).json({ ok: false, error: { code: 'BAD_REQUEST', message: messages.malformedBody } });
          return;
        }
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
        );
        const answer = await route.handle({ body, headers }, deps);
        res.status(answer.status).json(answer.body);
      },
    );
  }
}
