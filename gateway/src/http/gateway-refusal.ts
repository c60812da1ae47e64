import type { ServerResponse } from 'node:http';

/**
 * A request the gateway refuses before Apollo runs it (bad token, foreign acting
 * entity, rate limit, unregistered operation, a body that is not JSON): thrown, then
 * answered as a GraphQL-shaped JSON error with its HTTP status.
 */
export class GatewayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    // An expected answer, not a fault: no stack is captured (a burst of bad requests pays none).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'GatewayRefusal';
  }
}

/** Writes `refusal` as `{ errors: [{ message, extensions: { code } }] }` with its status and headers. */
export function sendRefusal(res: ServerResponse, refusal: GatewayRefusal): void {
  sendJsonError(res, refusal.status, refusal.message, refusal.code, refusal.headers);
}

/** Writes a GraphQL-shaped JSON error with `status` (and `headers`), ending the response. */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}
