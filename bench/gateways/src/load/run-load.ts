import autocannon from 'autocannon';

/** One load run: where, how hard, what to send. */
export interface LoadSpec {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is set. */
  durationSeconds?: number;
  /** Stop after this many requests instead of a duration. */
  amount?: number;
  headers: Record<string, string>;
  /** The bodies to send, in turn on every connection (one for a fixed request). */
  bodies: readonly string[];
  /** When set, builds the body of every request instead (`bodies` is then unused). */
  nextBody?: () => string;
  /** Seconds before a request counts as timed out (30 by default: a slow gateway under 50 connections is slow, not failed). */
  timeoutSeconds?: number;
  /** Count 2xx answers that carry GraphQL `errors` (well-formed traffic must have none). */
  checkGraphqlErrors: boolean;
}

/** What one load run measured. */
export interface LoadFigures {
  /** Mean requests per second (autocannon's per-second average). */
  rps: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  /** Requests answered. */
  total: number;
  durationSeconds: number;
  status: { '2xx': number; '4xx': number; '5xx': number; other: number };
  /** Connection errors and timeouts (autocannon's `errors`). */
  connectionErrors: number;
  timeouts: number;
  /** 2xx answers with GraphQL `errors` (when checked). */
  graphqlErrors: number;
}

/** Returns whether `figures` is clean well-formed traffic: answers, all 2xx without GraphQL errors, no socket error. */
export function isClean(figures: LoadFigures): boolean {
  return figures.total > 0 && figures.status['2xx'] === figures.total && figures.connectionErrors === 0 && figures.graphqlErrors === 0;
}

/** Runs `spec` with autocannon in this process and resolves with its figures. */
export async function runLoad(spec: LoadSpec): Promise<LoadFigures> {
  const { nextBody } = spec;
  const requests: autocannon.Request[] = nextBody
    ? [{ method: 'POST', setupRequest: (request) => ({ ...request, body: nextBody() }) }]
    : spec.bodies.map((body) => ({ method: 'POST', body }));
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    connections: spec.connections,
    ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.durationSeconds ?? 10 }),
    headers: { 'content-type': 'application/json', accept: 'application/json', ...spec.headers },
    requests,
    timeout: spec.timeoutSeconds ?? 30,
    // A body with `"errors"` is a GraphQL error: the fixture's data has no such key.
    ...(spec.checkGraphqlErrors && { verifyBody: (body: unknown) => !String(body).includes('"errors"') }),
  });
  const status = {
    '2xx': result['2xx'],
    '4xx': result['4xx'],
    '5xx': result['5xx'],
    other: result['1xx'] + result['3xx'],
  };
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'],
    durationSeconds: result.duration,
    status,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors: spec.checkGraphqlErrors ? result.mismatches : 0,
  };
}
