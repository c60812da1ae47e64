import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { OWNER, callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { gql, openAttention } = healthTestHelpers(() => server);

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_outbox', citizens: 4 });
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
});

async function outboxRows() {
  const rows: Array<Record<string, string | null>> = await server.app.database.dataSource.query(
    'SELECT subject_ci, fields, reader, roles, acting_entity, purpose, subgraph, delivered_at FROM egob_audit_outbox ORDER BY position',
  );
  return rows;
}

describe('health records every read of personal data in its audit outbox', () => {
  it('records the citizen reading her own record and affiliation, field by field', async () => {
    const body = await gql(
      citizenEntities('affiliation { status } healthRecord { encounters { reason diagnoses { code } } followUps { dueDate } }'),
      { r: citizenRepresentations([OWNER]) },
      callers.owner,
    );
    expect(body.errors).toBeUndefined();
    expect(await outboxRows()).toEqual([
      {
        subject_ci: OWNER,
        fields: JSON.stringify(['Affiliate.status', 'Encounter.diagnoses', 'Encounter.reason', 'FollowUp.dueDate', 'HealthRecord.encounters', 'HealthRecord.followUps']),
        reader: OWNER,
        roles: JSON.stringify(['citizen']),
        acting_entity: null,
        purpose: null,
        subgraph: 'health',
        delivered_at: null,
      },
    ]);
  });

  it('records the clinician who read the record during an attention, with the entity and purpose', async () => {
    await openAttention(OWNER, '200001', callers.clinician);
    await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
    const body = await gql(citizenEntities('healthRecord { encounters { id } }'), { r: citizenRepresentations([OWNER]) }, callers.clinician);
    expect(body.errors).toBeUndefined();
    expect(await outboxRows()).toEqual([
      {
        subject_ci: OWNER,
        fields: JSON.stringify(['Encounter.id', 'HealthRecord.encounters']),
        reader: '3000001',
        roles: JSON.stringify(['citizen', 'health:clinician']),
        acting_entity: 'MIN-SALUD',
        purpose: 'Atención médica',
        subgraph: 'health',
        delivered_at: null,
      },
    ]);
  });

  it('records opening an attention (it names the patient) and writes nothing for public facility reads or refusals', async () => {
    await gql('{ healthFacilities(first: 5) { nodes { code name } } }', {}, callers.anonymous);
    await gql(citizenEntities('healthRecord { encounters { id } }'), { r: citizenRepresentations([OWNER]) }, callers.otherCitizen);
    expect(await outboxRows()).toEqual([]);
    await openAttention('3000002', '200001', callers.clinician);
    expect((await outboxRows()).map((row) => [row.subject_ci, row.fields, row.reader])).toEqual([
      ['3000002', JSON.stringify(['Attention.ci', 'Attention.closedAt', 'Attention.expiresAt', 'Attention.facility', 'Attention.id', 'Attention.openedAt']), '3000001'],
    ]);
  });
});
