import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import { demoCitizenAt } from '@egob/demo-data';
import subgraph from '@egob/identity';

/** A platform admin: the only caller who may list the whole register. */
const ADMIN = { subject: '3000004', roles: ['citizen', 'platform:admin'] };

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'identity_outbox', citizens: 5 });
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
});

const clinician = { subject: '3000001', roles: ['health:clinician'], actingEntity: 'MIN-SALUD', purpose: 'Atención de emergencia', requestId: 'req-42' };

async function outboxRows() {
  const rows: Array<Record<string, string | null>> = await server.app.database.dataSource.query(
    'SELECT event_id, subject_ci, fields, reader, roles, acting_entity, purpose, request_id, subgraph, occurred_at, delivered_at FROM egob_audit_outbox ORDER BY position',
  );
  return rows;
}

describe('identity records every read of personal data in its audit outbox', () => {
  it('writes one event with exactly the fields read, the reader, the entity and the purpose', async () => {
    const before = Date.now();
    const { body } = await server.post<{ citizen: { names: string; birthDate: string } }>('{ citizen(ci: "1234567") { names birthDate } }', {}, { context: clinician });
    expect(body).toEqual({ data: { citizen: { names: 'Juana Rosa', birthDate: '1988-04-12' } } });
    const rows = await outboxRows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toEqual({
      event_id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      subject_ci: '1234567',
      fields: JSON.stringify(['Citizen.birthDate', 'Citizen.names']),
      reader: '3000001',
      roles: JSON.stringify(['health:clinician']),
      acting_entity: 'MIN-SALUD',
      purpose: 'Atención de emergencia',
      request_id: 'req-42',
      subgraph: 'identity',
      occurred_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      delivered_at: null,
    });
    expect(Date.parse(row.occurred_at!)).toBeGreaterThanOrEqual(before - 1);
  });

  it('writes one event per citizen read, and none when no personal field is read', async () => {
    const list = await server.post<{ citizens: { nodes: Array<{ ci: string }> } }>('{ citizens(first: 3) { nodes { ci } } }', {}, { context: ADMIN });
    expect(list.body.data!.citizens.nodes).toHaveLength(3);
    const rows = await outboxRows();
    expect(rows.map((r) => [r.subject_ci, r.fields, r.reader])).toEqual(
      list.body.data!.citizens.nodes.map((n) => [n.ci, '["Citizen.ci"]', ADMIN.subject]),
    );
    await server.post('{ citizens(first: 3) { totalCount pageInfo { hasNextPage } } }', {}, { context: ADMIN });
    await server.post('{ missing: citizen(ci: "99999999") { names } }', {}, { context: ADMIN });
    expect(await outboxRows()).toHaveLength(3);
  });

  it('records entity references in one INSERT: two statements in all', async () => {
    const representations = Array.from({ length: 5 }, (_, i) => ({ __typename: 'Citizen', ci: demoCitizenAt(i).ci }));
    const totalBefore = server.app.database.sql.total;
    const { sqlStatements } = await server.post('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { names } } }', { r: representations }, { context: ADMIN });
    expect(sqlStatements).toBe(2);
    expect(server.app.database.sql.total - totalBefore).toBe(2);
    expect((await outboxRows()).map((r) => [r.subject_ci, r.fields])).toEqual(representations.map((r) => [r.ci, '["Citizen.names"]']));
  });

  it('withholds the data when the outbox cannot be written', async () => {
    const { dataSource } = server.app.database;
    await dataSource.query('ALTER TABLE egob_audit_outbox RENAME TO egob_audit_outbox_away');
    try {
      const { status, body } = await server.post('{ citizen(ci: "1234567") { names birthDate } }', {}, { context: clinician });
      expect(status).toBe(200);
      expect(body).toEqual({
        data: null,
        errors: [
          {
            message: 'Datos personales retenidos: no se pudo registrar el acceso en la bitácora de auditoría. Intente nuevamente en unos momentos.',
            extensions: { code: 'AUDIT_UNAVAILABLE' },
          },
        ],
      });
      // Public reads need no audit and still answer.
      const count = await server.post<{ citizens: { totalCount: number } }>('{ citizens { totalCount } }', {}, { context: ADMIN });
      expect(count.body).toEqual({ data: { citizens: { totalCount: 5 } } });
    } finally {
      await dataSource.query('ALTER TABLE egob_audit_outbox_away RENAME TO egob_audit_outbox');
    }
  });
});
