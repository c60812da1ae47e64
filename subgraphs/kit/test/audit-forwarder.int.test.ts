import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@egob/database';
import { createSilentLogger } from '@egob/logger';
import { AuditOutbox, createAuditForwarder, type AuditEvent, type AuditIngestBatch } from '@egob/subgraph-kit';
import { createTestDatabase, type TestDatabase } from '@egob/test-kit';
import { AuditOutbox1764400000000 } from '../src/migrations/1764400000000-audit-outbox';

let db: TestDatabase;
let database: Database;
let outbox: AuditOutbox;

/** A stand-in for the audit subgraph's /ingest that answers `status()` and records what it received. */
async function fakeAudit(status: () => number) {
  const received: Array<{ auth: string | undefined; batch: AuditIngestBatch }> = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      received.push({ auth: req.headers.authorization, batch: JSON.parse(data) as AuditIngestBatch });
      res.writeHead(status(), { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ingest`;
  return { received, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function events(count: number, subjectCi = '1234567'): AuditEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    eventId: randomUUID(),
    subjectCi,
    fields: ['Citizen.names'],
    reader: '3000001',
    roles: ['health:clinician'],
    actingEntity: 'MIN-SALUD',
    purpose: 'atención',
    requestId: `r${i}`,
    subgraph: 'identity',
    occurredAt: new Date(Date.UTC(2025, 2, 1, 10, 0, 0, i)).toISOString(),
  }));
}

const forwarderTo = (url: string, overrides: Partial<Parameters<typeof createAuditForwarder>[0]> = {}) =>
  createAuditForwarder({ outbox, url, key: 'identity-key-0123456789', subgraph: 'identity', owner: 'AGETIC', logger: createSilentLogger(), intervalMs: 20, ...overrides });

beforeAll(async () => {
  db = await createTestDatabase('kit_audit_forwarder');
  database = await openDatabase({ url: db.url, entities: [], migrations: [AuditOutbox1764400000000] });
  outbox = new AuditOutbox(database.dataSource);
});

afterAll(async () => {
  await database?.close();
  await db?.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM egob_audit_outbox');
});

describe('audit forwarder', () => {
  it('delivers the outbox in batches of at most 500, in order, with the source key, and marks them delivered', async () => {
    const written = events(1200);
    await outbox.append(written);
    const audit = await fakeAudit(() => 200);
    const outcome = await forwarderTo(audit.url).flush();
    await audit.close();
    expect(outcome).toEqual({ delivered: 1200, pending: 0, error: null });
    expect(audit.received.map((r) => r.batch.events.length)).toEqual([500, 500, 200]);
    expect(audit.received.every((r) => r.auth === 'Bearer identity-key-0123456789' && r.batch.source === 'identity' && r.batch.owner === 'AGETIC')).toBe(true);
    const { subgraph: _subgraph, ...first } = written[0]!;
    expect(audit.received[0]!.batch.events[0]).toEqual(first);
    expect(audit.received.flatMap((r) => r.batch.events.map((e) => e.eventId))).toEqual(written.map((e) => e.eventId));
    expect(await outbox.countUndelivered()).toBe(0);
  });

  it('keeps every event while the audit subgraph refuses or is unreachable', async () => {
    await outbox.append(events(3));
    const refusing = await fakeAudit(() => 503);
    const refused = await forwarderTo(refusing.url).flush();
    await refusing.close();
    expect(refused.delivered).toBe(0);
    expect(refused.pending).toBe(3);
    expect(refused.error).toMatch(/^HTTP 503/);
    const unreachable = await forwarderTo(refusing.url).flush();
    expect(unreachable).toMatchObject({ delivered: 0, pending: 3 });
    expect(unreachable.error).not.toBeNull();
    expect(await outbox.countUndelivered()).toBe(3);
  });

  it('retries in the background with backoff until the audit subgraph answers, then stops cleanly', async () => {
    await outbox.append(events(2));
    let answer = 503;
    const audit = await fakeAudit(() => answer);
    const forwarder = forwarderTo(audit.url, { initialDelayMs: 10, maxDelayMs: 40 });
    forwarder.start();
    await waitFor(() => audit.received.length >= 3);
    expect(await outbox.countUndelivered()).toBe(2);
    answer = 200;
    await waitFor(async () => (await outbox.countUndelivered()) === 0);
    await forwarder.stop();
    await audit.close();
    // Every attempt carried both events; the last one was accepted.
    expect(audit.received.every((r) => r.batch.events.length === 2)).toBe(true);
    const attempts = audit.received.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(audit.received).toHaveLength(attempts);
  });
});

async function waitFor(predicate: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
