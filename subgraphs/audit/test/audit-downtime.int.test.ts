import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import audit from '@egob/audit';
import { recordsSubgraph } from './support/records-subgraph';

const SOURCE_KEY = 'records-key-0123456789abcdef';

let source: TestSubgraph<unknown>;
let auditServer: TestSubgraph<unknown> | undefined;
let auditPort: number;

/** A port nothing listens on yet (the audit subgraph will, once started). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  auditPort = await freePort();
  source = await startTestSubgraph(recordsSubgraph, {
    label: 'audit_down_source',
    env: { AUDIT_INGEST_URL: `http://127.0.0.1:${auditPort}/ingest`, AUDIT_INGEST_KEY: SOURCE_KEY },
  });
});

afterAll(async () => {
  await source?.stop();
  await auditServer?.stop();
});

const clinician = { subject: '3000001', roles: ['health:clinician'], actingEntity: 'MIN-SALUD', purpose: 'Atención de emergencia', requestId: 'req-downtime' };
const tracker = '{ _entities(representations: [{ __typename: "Citizen", ci: "1234567" }]) { ... on Citizen { dataAccesses { nodes { id fields reader actingEntity { code } purpose requestId sourceSubgraph sourceEntity { code } } totalCount } } } }';

describe('audit events survive the audit subgraph being down', () => {
  it('keeps the read in the outbox while audit is down, delivers it once when audit is back, and ignores a redelivery', async () => {
    // Audit is down: the read is still answered (the outbox, not audit, is the record of it).
    const read = await source.post('{ person(ci: "1234567") { names birthDate } }', {}, { context: clinician });
    expect(read.body).toEqual({ data: { person: { names: 'Juana Rosa', birthDate: '1988-04-12' } } });
    const whileDown = await source.app.flushAudit();
    expect(whileDown).toMatchObject({ delivered: 0, pending: 1 });
    expect(whileDown.error).not.toBeNull();

    auditServer = await startTestSubgraph(audit, {
      label: 'audit_down_audit',
      keys: source.keys,
      env: { PORT: String(auditPort), AUDIT_INGEST_KEYS: `records=${SOURCE_KEY}` },
    });
    expect(await source.app.flushAudit()).toEqual({ delivered: 1, pending: 0, error: null });

    const [event] = await source.app.database.dataSource.query('SELECT event_id FROM egob_audit_outbox');
    const expected = {
      data: {
        _entities: [
          {
            dataAccesses: {
              nodes: [
                {
                  id: event.event_id,
                  fields: ['PersonRecord.birthDate', 'PersonRecord.names'],
                  reader: '3000001',
                  actingEntity: { code: 'MIN-SALUD' },
                  purpose: 'Atención de emergencia',
                  requestId: 'req-downtime',
                  sourceSubgraph: 'records',
                  sourceEntity: { code: 'SEGIP' },
                },
              ],
              totalCount: 1,
            },
          },
        ],
      },
    };
    const owner = { subject: '1234567', roles: ['citizen'] };
    expect((await auditServer.post(tracker, {}, { context: owner })).body).toEqual(expected);

    // At least once: the same batch delivered again (delivery marks lost) is stored once.
    await source.app.database.dataSource.query('UPDATE egob_audit_outbox SET delivered_at = NULL');
    expect(await source.app.flushAudit()).toEqual({ delivered: 1, pending: 0, error: null });
    expect((await auditServer.post(tracker, {}, { context: owner })).body).toEqual(expected);
    const verify = await auditServer.post<{ verifyChain: { ok: boolean; checked: number } }>('{ verifyChain { ok checked } }', {}, { context: { subject: 'x', roles: ['auditor'] } });
    expect(verify.body.data).toEqual({ verifyChain: { ok: true, checked: 1 } });
  });

  it('is refused by audit when the source presents a wrong key, and the event stays in the outbox', async () => {
    const other = await startTestSubgraph(recordsSubgraph, {
      label: 'audit_down_wrong_key',
      keys: source.keys,
      env: { AUDIT_INGEST_URL: `http://127.0.0.1:${auditPort}/ingest`, AUDIT_INGEST_KEY: 'not-the-records-key-0123' },
    });
    try {
      await other.post('{ person(ci: "7654321") { names } }');
      const outcome = await other.app.flushAudit();
      expect(outcome).toMatchObject({ delivered: 0, pending: 1 });
      expect(outcome.error).toMatch(/^HTTP 401/);
    } finally {
      await other.stop();
    }
  });

  it('forwards in the background once started with AUDIT_FORWARD', async () => {
    const background = await startTestSubgraph(recordsSubgraph, {
      label: 'audit_down_background',
      keys: source.keys,
      env: { AUDIT_INGEST_URL: `http://127.0.0.1:${auditPort}/ingest`, AUDIT_INGEST_KEY: SOURCE_KEY, AUDIT_FORWARD: 'true', AUDIT_FORWARD_INTERVAL_MS: '20' },
    });
    try {
      await background.post('{ person(ci: "7654321") { names } }', {}, { context: { subject: '7654321', roles: ['citizen'], requestId: 'req-bg' } });
      const deadline = Date.now() + 5_000;
      let pending = 1;
      while (pending > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const [row] = await background.app.database.dataSource.query('SELECT COUNT(*) AS n FROM egob_audit_outbox WHERE delivered_at IS NULL');
        pending = Number(row.n);
      }
      expect(pending).toBe(0);
      const mine = await auditServer!.post<{ _entities: Array<{ dataAccesses: { nodes: unknown[] } }> }>(
        '{ _entities(representations: [{ __typename: "Citizen", ci: "7654321" }]) { ... on Citizen { dataAccesses { nodes { requestId reader } } } } }',
        {},
        { context: { subject: '7654321', roles: ['citizen'] } },
      );
      expect(mine.body.data!._entities[0]!.dataAccesses.nodes).toEqual([{ requestId: 'req-bg', reader: '7654321' }]);
    } finally {
      await background.stop();
    }
  });
});
