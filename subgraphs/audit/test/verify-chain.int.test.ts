import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import audit from '@egob/audit';
import { auditEvent, ingest, ingestUrlOf } from './support/audit-fixtures';

let server: TestSubgraph<unknown>;

const auditor = { subject: 'contraloria-1', roles: ['auditor'] };
const verify = '{ verifyChain { ok checked lastSequence lastHash alteredSequence missingSequence verifiedAt } }';

beforeAll(async () => {
  server = await startTestSubgraph(audit, { label: 'audit_chain' });
  const events = Array.from({ length: 12 }, (_, i) => auditEvent({ requestId: `req-${i + 1}` }));
  expect((await ingest(ingestUrlOf(server.url), { source: 'identity', owner: 'AGETIC', events })).body).toEqual({ ok: true, stored: 12, duplicates: 0 });
});

afterAll(async () => {
  await server?.stop();
});

type Verification = { ok: boolean; checked: number; lastSequence: number | null; lastHash: string | null; alteredSequence: number | null; missingSequence: number | null };

async function verifyChain(context: Record<string, unknown> = auditor): Promise<Verification> {
  const { body } = await server.post<{ verifyChain: Verification & { verifiedAt: string } }>(verify, {}, { context });
  expect(body.errors).toBeUndefined();
  const { verifiedAt, ...result } = body.data!.verifyChain;
  expect(verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  return result;
}

const sql = (statement: string, params: unknown[] = []) => server.app.database.dataSource.query(statement, params);

describe('verifyChain', () => {
  it('confirms an intact chain to auditors and platform administrators', async () => {
    const intact = await verifyChain();
    expect(intact).toEqual({ ok: true, checked: 12, lastSequence: 12, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/), alteredSequence: null, missingSequence: null });
    expect(await verifyChain({ subject: 'admin-1', roles: ['platform:admin'] })).toEqual(intact);
  });

  it('names the record altered by an UPDATE behind the code\'s back', async () => {
    const [{ purpose }] = await sql('SELECT purpose FROM audit_event WHERE seq = 7');
    await sql("UPDATE audit_event SET purpose = 'Nada que ver aquí' WHERE seq = 7");
    expect(await verifyChain()).toEqual({ ok: false, checked: 6, lastSequence: 6, lastHash: expect.any(String), alteredSequence: 7, missingSequence: null });
    await sql('UPDATE audit_event SET purpose = ? WHERE seq = 7', [purpose]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it('names a record rewritten with a recomputed hash (the next record no longer chains to it)', async () => {
    const [row] = await sql('SELECT reader, hash FROM audit_event WHERE seq = 4');
    await sql("UPDATE audit_event SET reader = 'otra-persona', hash = ? WHERE seq = 4", ['f'.repeat(64)]);
    expect(await verifyChain()).toMatchObject({ ok: false, alteredSequence: 4, missingSequence: null });
    await sql('UPDATE audit_event SET reader = ?, hash = ? WHERE seq = 4', [row.reader, row.hash]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it('names the first missing sequence number when a record is deleted', async () => {
    await sql('DELETE FROM audit_event WHERE seq = 9');
    expect(await verifyChain()).toEqual({ ok: false, checked: 8, lastSequence: 8, lastHash: expect.any(String), alteredSequence: null, missingSequence: 9 });
  });

  it('is refused to citizens, servants and analysts (FORBIDDEN)', async () => {
    for (const context of [{ subject: '1234567', roles: ['citizen'] }, { subject: '3000001', roles: ['health:clinician'], actingEntity: 'MIN-SALUD' }, { subject: 'a', roles: ['analyst'] }, {}]) {
      const { body } = await server.post(verify, {}, { context });
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
