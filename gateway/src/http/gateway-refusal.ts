import type { Response } from 'express';

/**
 * A request the gateway refuses before Apollo runs it (bad token, foreign acting
 * entity, rate limit, unregistered operation): thrown, then answered as a
 * GraphQL-shaped JSON error with its HTTP status.
 */
export class GatewayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GatewayRefusal';
  }
}

/** Writes `refusal` as `{ errors: [{ message, extensions: { code } }] }` with its status and headers. */
export function sendRefusal(res: Response, refusal: GatewayRefusal): void {
  for (const [name, value] of Object.entries(refusal.headers)) res.setHeader(name, value);
  res.status(refusal.status).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
}
