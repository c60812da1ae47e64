import { randomUUID } from 'node:crypto';

/** One audit event as a source sends it, with defaults for the fields a test does not care about. */
export function auditEvent(overrides: Record<string, unknown> = {}) {
  return {
    eventId: randomUUID(),
    subjectCi: '1234567',
    fields: ['Citizen.names'],
    reader: '3000001',
    roles: ['health:clinician'],
    actingEntity: 'MIN-SALUD',
    purpose: 'Atención de emergencia',
    requestId: 'req-1',
    occurredAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

/** POSTs `body` (an object, or raw text) to an ingestion URL with an optional key. */
// `any`: each test asserts the exact shape of the answer it expects.
export async function ingest(url: string, body: unknown, key?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Returns the ingestion URL of a test subgraph's GraphQL URL. */
export function ingestUrlOf(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql$/, '/ingest');
}
