import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { DEMO, PLAIN } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_seed', citizens: 400 });
});

afterAll(async () => {
  await server?.stop();
});

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const rows: Array<{ n: number | string }> = await server.app.database.dataSource.query(sql, params);
  return Number(rows[0]!.n);
}

describe('labour demo seed', () => {
  it('adds citizens [400, 1000) on a second run and gives the same data as one run of 1000', async () => {
    expect(await scalar('SELECT COUNT(*) AS n FROM job_posting')).toBe(34);
    await server.app.seed(1000);
    // The figures of one run of 1000 (README): the seed depends only on each citizen's index.
    expect(await scalar('SELECT COUNT(*) AS n FROM employment')).toBe(1416);
    expect(await scalar('SELECT COUNT(DISTINCT ci) AS n FROM employment')).toBe(747);
    expect(await scalar('SELECT COUNT(*) AS n FROM job_profile')).toBe(96);
    expect(await scalar('SELECT COUNT(*) AS n FROM job_profile WHERE visible_to_employers = 1')).toBe(78);
    expect(await scalar('SELECT COUNT(*) AS n FROM job_posting')).toBe(34);
  });

  it('gives the demo accounts the records the README lists', async () => {
    const rows = await server.app.database.dataSource.query(
      'SELECT ci, employer_entity, employer_nit, position, start_date, end_date, contributions_status FROM employment WHERE ci IN (?, ?, ?, ?) ORDER BY ci, start_date',
      [DEMO, PLAIN, '3000009', '3000010'],
    );
    expect(rows).toEqual([
      { ci: DEMO, employer_entity: null, employer_nit: '1023456021', position: 'Auxiliar de sistemas', start_date: '2012-03-01', end_date: '2018-12-31', contributions_status: 'AL_DIA' },
      { ci: DEMO, employer_entity: 'GAM-020101', employer_nit: null, position: 'Técnica en sistemas', start_date: '2019-02-01', end_date: null, contributions_status: 'AL_DIA' },
      { ci: '3000009', employer_entity: 'MIN-TRABAJO', employer_nit: null, position: 'Inspector de trabajo', start_date: '2017-05-02', end_date: null, contributions_status: 'AL_DIA' },
      { ci: '3000010', employer_entity: 'GAM-020101', employer_nit: null, position: 'Responsable de recursos humanos', start_date: '2020-08-03', end_date: null, contributions_status: 'AL_DIA' },
    ]);
    const profiles = await server.app.database.dataSource.query(
      "SELECT ci, desired_position, territory_code, visible_to_employers FROM job_profile WHERE territory_code = '020101' AND visible_to_employers = 1 ORDER BY ci",
    );
    expect(profiles.map((row: Record<string, unknown>) => ({ ...row, visible_to_employers: Number(row.visible_to_employers) }))).toEqual([
      { ci: DEMO, desired_position: 'Analista de sistemas', territory_code: '020101', visible_to_employers: 1 },
      { ci: PLAIN, desired_position: 'Asistente administrativo', territory_code: '020101', visible_to_employers: 1 },
    ]);
  });

  it('publishes GAM-020101’s postings in 020101, one of them requiring LICENCIATURA', async () => {
    const rows = await server.app.database.dataSource.query(
      "SELECT seq, title, required_title, minimum_experience_months, closes_on FROM job_posting WHERE employer_entity = 'GAM-020101' AND territory_code = '020101' ORDER BY seq",
    );
    expect(rows.map((row: Record<string, unknown>) => ({ ...row, seq: Number(row.seq), minimum_experience_months: Number(row.minimum_experience_months) }))).toEqual([
      { seq: 1, title: 'Secretaria ejecutiva', required_title: 'TECNICO_MEDIO', minimum_experience_months: 12, closes_on: '2025-03-31' },
      { seq: 5, title: 'Analista de sistemas', required_title: 'LICENCIATURA', minimum_experience_months: 24, closes_on: '2027-12-31' },
      { seq: 6, title: 'Técnico en redes', required_title: 'TECNICO_SUPERIOR', minimum_experience_months: 12, closes_on: '2027-12-31' },
      { seq: 7, title: 'Asistente administrativo', required_title: null, minimum_experience_months: 0, closes_on: '2027-12-31' },
    ]);
  });
});
