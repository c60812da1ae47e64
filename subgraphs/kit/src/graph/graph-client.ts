/** A GraphQL answer from the gateway. */
export interface GraphAnswer<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** Calls the federated graph through the gateway with this subgraph's service account. */
export interface GraphClient {
  query<T>(document: string, variables?: Record<string, unknown>): Promise<GraphAnswer<T>>;
}

/** Options of createGraphClient. */
export interface GraphClientOptions {
  gatewayUrl: string;
  /** identity's token endpoint (client-credentials grant). */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

/**
 * Returns a client of the gateway that authenticates as a service account: inter-entity
 * exchange goes through the gateway (and its audit), never to another subgraph directly.
 * The access token is reused until 30 s before it expires.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const timeoutMs = options.timeoutMs ?? 5_000;
  let cached: { token: string; refreshAt: number } | null = null;
  let pending: Promise<string> | null = null;

  const fetchToken = async (): Promise<string> => {
    const response = await fetch(options.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string };
    if (!response.ok || !body.access_token) throw new Error(`service token refused: ${body.error ?? `HTTP ${response.status}`}`);
    cached = { token: body.access_token, refreshAt: Date.now() + Math.max(0, (body.expires_in ?? 60) - 30) * 1000 };
    return body.access_token;
  };

  const token = (): Promise<string> => {
    if (cached && Date.now() < cached.refreshAt) return Promise.resolve(cached.token);
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    return pending;
  };

  return {
    async query<T>(document: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(options.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      return (await response.json()) as GraphAnswer<T>;
    },
  };
}
