import type { IncomingHttpHeaders } from 'node:http';

/**
 * A /graphql request as the gateway's own endpoint reads it (no framework): the
 * trusted-documents step may rewrite `url` (GET) or `body` (POST) before Apollo runs it.
 */
export interface GraphqlHttpRequest {
  method: string;
  /** Path and query string, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (`{}` when there is none); undefined for GET. */
  body: unknown;
  remoteAddress: string;
}
