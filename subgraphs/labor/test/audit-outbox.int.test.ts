import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { DEMO, PLAIN, callers, citizenQuery, citizenRef, laborTestHelpers } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_outbox', citizens: 6 });
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
});

const { gql } = laborTestHelpers(() => server);

async function outbox() {
  type Row = { subject_ci: string; fields: string; reader: string; roles: string; acting_entity: string | null; purpose: string | null; request_id: string; subgraph: string };
  const rows: Row[] = await server.app.database.dataSource.query(
    'SELECT subject_ci, fields, reader, roles, acting_entity, purpose, request_id, subgraph FROM egob_audit_outbox ORDER BY position',
  );
  return rows.map((row) => ({ ...row, fields: JSON.parse(row.fields) as string[] }));
}

describe('labour records every read of personal data in its audit outbox', () => {
  it('records the employment history and profile fields an inspector read, per citizen', async () => {
    await gql(citizenQuery('employmentHistory { position startDate } jobProfile { desiredPosition experienceMonths }'), { r: [citizenRef(DEMO), citizenRef(PLAIN)] }, callers.inspector);
    const common = { reader: '3000009', roles: '["citizen","labor:inspector"]', acting_entity: 'MIN-TRABAJO', purpose: 'Inspección laboral', request_id: 'req-insp', subgraph: 'labor' };
    expect(await outbox()).toEqual([
      {
        subject_ci: DEMO,
        fields: ['Citizen.employmentHistory', 'Citizen.jobProfile', 'Employment.position', 'Employment.startDate', 'JobProfile.desiredPosition', 'JobProfile.experienceMonths'],
        ...common,
      },
      { subject_ci: PLAIN, fields: ['Citizen.employmentHistory', 'Citizen.jobProfile', 'JobProfile.desiredPosition', 'JobProfile.experienceMonths'], ...common },
    ]);
  });

  it('records the employment an employer registered and read back', async () => {
    await gql(
      'mutation ($input: RegisterEmploymentInput!) { registerEmployment(input: $input) { ok employment { id position } } }',
      { input: { ci: '3000004', employer: { entityCode: 'GAM-020101' }, position: 'Sereno', startDate: '2023-04-01' } },
      callers.employer,
    );
    expect(await outbox()).toEqual([
      {
        subject_ci: '3000004',
        fields: ['Employment.id', 'Employment.position'],
        reader: '3000010',
        roles: '["citizen","labor:employer"]',
        acting_entity: 'GAM-020101',
        purpose: null,
        request_id: 'req-emp',
        subgraph: 'labor',
      },
    ]);
  });

  it('records matching results: the citizen’s own matches, and each candidate an employer ranked', async () => {
    await gql('{ matchingPostings(ci: "1234567", first: 2) { titlesConsidered matches { score posting { id } } } }', {}, callers.owner);
    expect((await outbox()).map((row) => [row.subject_ci, row.fields, row.reader])).toEqual([
      [DEMO, ['PostingMatch.posting', 'PostingMatch.score', 'PostingMatches.matches', 'PostingMatches.titlesConsidered'], DEMO],
    ]);
    await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
    await gql('{ matchingProfiles(postingId: "5") { matches { ci score } } }', {}, callers.employer);
    expect((await outbox()).map((row) => [row.subject_ci, row.fields, row.reader, row.acting_entity])).toEqual([
      [DEMO, ['ProfileMatch.ci', 'ProfileMatch.score'], '3000010', 'GAM-020101'],
      [PLAIN, ['ProfileMatch.ci', 'ProfileMatch.score'], '3000010', 'GAM-020101'],
    ]);
  });

  it('records nothing for public postings or refused reads', async () => {
    await gql('{ jobPostings(first: 5) { nodes { id title employer { name } } } }', {}, callers.anonymous);
    await gql(citizenQuery('employmentHistory { position }'), { r: [citizenRef(DEMO)] }, callers.otherCitizen);
    expect(await outbox()).toEqual([]);
  });
});
