import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OAuthHttpRequest, OAuthHttpResponse } from './oauth-http';

/** Largest body accepted by the OAuth endpoints (a login form or a token request). */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Returns a Node `(req, res, next)` handler (Express-compatible) that serves the OAuth router's
 * paths — form-encoded bodies, query strings, HTML and redirects — and passes anything else to `next`.
 */
export function createOAuthListener(
  route: (request: OAuthHttpRequest) => Promise<OAuthHttpResponse | null>,
  onError: (error: unknown) => void,
) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    let form: Record<string, string> = {};
    if (method === 'POST') {
      const body = await readBody(req);
      if (body === null) return send(res, { status: 413, headers: { 'content-type': 'application/json' }, body: '{"error":"invalid_request"}' });
      if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) form = Object.fromEntries(new URLSearchParams(body));
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
    try {
      const answer = await route({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), form, headers });
      if (answer) send(res, answer);
      else next();
    } catch (error) {
      onError(error);
      send(res, { status: 500, headers: { 'content-type': 'application/json' }, body: '{"error":"server_error"}' });
    }
  };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, answer: OAuthHttpResponse): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}
