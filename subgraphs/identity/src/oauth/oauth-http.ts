/** An HTTP request to an OAuth endpoint, independent of the server that received it. */
export interface OAuthHttpRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** The form-encoded body (empty for other content types). */
  form: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
}

/** The answer of an OAuth endpoint. */
export interface OAuthHttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Returns a JSON response that no cache keeps (RFC 6749 §5.1). */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): OAuthHttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...headers }, body: JSON.stringify(body) };
}

/** Returns an HTML response that cannot be framed, cached or leak its URL as a referrer. */
export function htmlResponse(status: number, html: string): OAuthHttpResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'x-frame-options': 'DENY',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
    body: html,
  };
}

/** Returns a 302 to `location` with `params` added to its query. */
export function redirectResponse(location: string, params: Record<string, string>): OAuthHttpResponse {
  const url = new URL(location);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return { status: 302, headers: { location: url.toString(), 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' }, body: '' };
}
