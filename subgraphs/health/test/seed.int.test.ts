import { demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { count } = healthTestHelpers(() => server);

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_seed', citizens: 10 });
});

afterAll(async () => {
  await server?.stop();
});

describe('the seed', () => {
  it('writes the facilities and staff once, and adds only the new citizens when asked for more', async () => {
    expect(await count('health_facility')).toBe(45);
    // Two seeded clinicians per facility, plus 3000001 (two facilities) and 3000007.
    expect(await count('health_staff')).toBe(93);
    expect(await count('health_affiliate')).toBe(10);
    const { dataSource } = server.app.database;
    const demoStaff = await dataSource.query("SELECT ci, facility_code, professional_registration FROM health_staff WHERE ci IN ('3000001', '3000007') ORDER BY ci, facility_code");
    expect(demoStaff).toEqual([
      { ci: '3000001', facility_code: '200001', professional_registration: 'MP-LP-10231' },
      { ci: '3000001', facility_code: '200010', professional_registration: 'MP-LP-10231' },
      { ci: '3000007', facility_code: '700001', professional_registration: 'MP-SC-20457' },
    ]);
    const firstTen = await dataSource.query('SELECT id, ci, facility_code, occurred_at FROM health_encounter ORDER BY id');

    await server.app.seed(25);
    expect(await count('health_facility')).toBe(45);
    expect(await count('health_staff')).toBe(93);
    expect(await count('health_affiliate')).toBe(25);
    const cis: Array<{ ci: string }> = await dataSource.query('SELECT ci FROM health_affiliate ORDER BY ci');
    expect(cis.map((row) => row.ci)).toEqual(['1234567', ...Array.from({ length: 24 }, (_, i) => String(3_000_001 + i))]);
    // The first ten citizens' encounters are untouched; each citizen's encounters are at facilities of their department.
    const tenCis = new Set(firstTen.map((row: { ci: string }) => row.ci));
    const again = await dataSource.query('SELECT id, ci, facility_code, occurred_at FROM health_encounter ORDER BY id');
    expect(again.filter((row: { ci: string }) => tenCis.has(row.ci))).toEqual(firstTen);
    const departmentOf = new Map(Array.from({ length: 25 }, (_, i) => [demoCitizenAt(i).ci, Number(demoCitizenAt(i).residenceCode.slice(0, 2))]));
    const elsewhere = again.filter((row: { ci: string; facility_code: string }) => row.ci !== '1234567' && Number(row.facility_code[0]) !== departmentOf.get(row.ci));
    expect(elsewhere).toEqual([]);
    expect(again.length).toBeGreaterThan(firstTen.length);
    const demo = await dataSource.query("SELECT facility_code, occurred_at, reason, diagnoses FROM health_encounter WHERE ci = '1234567' ORDER BY occurred_at");
    expect(demo).toEqual([
      { facility_code: '200001', occurred_at: '2024-03-18T13:30:00.000Z', reason: 'Fiebre, tos y dolor de garganta de tres días', diagnoses: '["J06.9"]' },
      { facility_code: '200001', occurred_at: '2025-01-22T15:00:00.000Z', reason: 'Control de presión arterial', diagnoses: '["I10"]' },
    ]);
  });
});
