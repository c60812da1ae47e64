import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/justice';
import { callers, DEMO_CASE, DEMO_CI, justiceTestHelpers } from './support/justice-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'justice_outbox', citizens: 25 });
});

beforeEach(async () => {
  await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
});

afterAll(async () => {
  await server?.stop();
});

const { gql } = justiceTestHelpers(() => server);

/** The outbox events, by subject, as [subject, fields, reader, acting entity, purpose]. */
async function events() {
  const rows: Array<Record<string, string | null>> = await server.app.database.dataSource.query(
    'SELECT subject_ci, fields, reader, acting_entity, purpose, subgraph FROM egob_audit_outbox ORDER BY subject_ci',
  );
  return rows.map((row) => [row.subject_ci, JSON.parse(row.fields!), row.reader, row.acting_entity, row.purpose, row.subgraph]);
}

const CASES = (ci: string, selection: string) =>
  `{ _entities(representations: [{ __typename: "Citizen", ci: "${ci}" }]) { ... on Citizen { judicialCases { ${selection} } } } }`;

describe('justice records every read of case data in its audit outbox', () => {
  it('records the owner’s read of her cases under her CI, company party and hearings included', async () => {
    const body = await gql(CASES(DEMO_CI, 'number status parties { name ci nit } hearings { startsAt } rulings { kind }'), {}, callers.demo);
    expect(body.data._entities[0].judicialCases).toHaveLength(1);
    expect(await events()).toEqual([
      [
        DEMO_CI,
        ['Case.hearings', 'Case.number', 'Case.parties', 'Case.rulings', 'Case.status', 'Citizen.judicialCases', 'Hearing.startsAt', 'Party.ci', 'Party.name', 'Party.nit'],
        DEMO_CI,
        null,
        null,
        'justice',
      ],
    ]);
  });

  it('records a clerk’s read of a citizen’s cases under that citizen, and the other person party’s data under the other party', async () => {
    await gql(CASES('3000024', 'number parties { name ci }'), {}, callers.clerk);
    expect(await events()).toEqual([
      ['3000023', ['Party.ci', 'Party.name'], '3000008', 'OJ', 'Despacho de causas', 'justice'],
      ['3000024', ['Case.number', 'Case.parties', 'Citizen.judicialCases', 'Party.ci', 'Party.name'], '3000008', 'OJ', 'Despacho de causas', 'justice'],
    ]);
  });

  it('records a clerk’s read by number under every person party of the case', async () => {
    await gql('{ judicialCase(number: "TJA-FAM-01-2023-000024") { number status hearings { startsAt } } }', {}, callers.clerk);
    expect(await events()).toEqual([
      ['3000023', ['Query.judicialCase'], '3000008', 'OJ', 'Despacho de causas', 'justice'],
      ['3000024', ['Query.judicialCase'], '3000008', 'OJ', 'Despacho de causas', 'justice'],
    ]);
    await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
    await gql(`{ judicialCase(number: "${DEMO_CASE}") { number parties { name } } }`, {}, callers.clerk);
    // The company party is no one's personal data when a clerk reads by number.
    expect(await events()).toEqual([[DEMO_CI, ['Party.name', 'Query.judicialCase'], '3000008', 'OJ', 'Despacho de causas', 'justice']]);
  });

  it('records a party’s read by number as a read of their own record', async () => {
    await gql('{ judicialCase(number: "SCZ-ADM-01-2025-000012") { number rulings { summary } } }', {}, callers.party12);
    expect(await events()).toEqual([['3000012', ['Case.number', 'Case.rulings', 'Query.judicialCase', 'Ruling.summary'], '3000012', null, null, 'justice']]);
  });

  it('records nothing for refused reads, public data or unknown cases', async () => {
    await gql(CASES(DEMO_CI, 'number'), {}, callers.otherCitizen);
    await gql(`{ judicialCase(number: "${DEMO_CASE}") { number } }`, {}, callers.party12);
    await gql(`{ publicCase(number: "${DEMO_CASE}") { number hearings { startsAt courtroom } } court(code: "LPZ-CIV-03") { name } }`, {}, callers.anonymous);
    await gql('{ judicialCase(number: "LPZ-CIV-03-2025-999999") { number } }', {}, callers.clerk);
    expect(await events()).toEqual([]);
  });
});
