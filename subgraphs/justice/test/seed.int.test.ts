import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/justice';

let direct: TestSubgraph<unknown>;
let stepwise: TestSubgraph<unknown>;

beforeAll(async () => {
  direct = await startTestSubgraph(subgraph, { label: 'justice_seed_direct', citizens: 500 });
  stepwise = await startTestSubgraph(subgraph, { label: 'justice_seed_steps', citizens: 100 });
  await stepwise.app.seed(250);
  await stepwise.app.seed(500);
});

afterAll(async () => {
  await direct?.stop();
  await stepwise?.stop();
});

/** Every seeded row of the case tables without generated ids, in a stable order. */
async function contents(server: TestSubgraph<unknown>) {
  const query = (sql: string) => server.app.database.dataSource.query(sql) as Promise<Array<Record<string, unknown>>>;
  return {
    courts: await query('SELECT code, name, matter, territory_code, department_code FROM court ORDER BY code'),
    cases: await query('SELECT number, court_code, filed_year, sequence, matter, status, filed_on, summary FROM judicial_case ORDER BY number'),
    parties: await query('SELECT case_number, kind, role, name, ci, nit FROM case_party ORDER BY case_number, role, kind'),
    hearings: await query('SELECT case_number, court_code, starts_at, courtroom, kind, status FROM hearing ORDER BY case_number, starts_at'),
    rulings: await query('SELECT case_number, issued_on, kind, summary FROM ruling ORDER BY case_number, issued_on, kind'),
  };
}

describe('seed', () => {
  it('writes 87 courts and, for 500 citizens, the demo case plus one case per 12th citizen (41)', async () => {
    const seeded = await contents(direct);
    expect(seeded.courts).toHaveLength(87);
    expect(seeded.cases).toHaveLength(42);
    expect(seeded.parties).toHaveLength(84);
    const sequences = seeded.cases.filter((c) => c.number !== 'LPZ-CIV-03-2025-000001').map((c) => Number(c.sequence));
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 41 }, (_, i) => 12 * (i + 1)));
    expect(seeded.cases.find((c) => c.number === 'SCZ-ADM-01-2025-000012')).toEqual({
      number: 'SCZ-ADM-01-2025-000012',
      court_code: 'SCZ-ADM-01',
      filed_year: 2025,
      sequence: 12,
      matter: 'ADMINISTRATIVO',
      status: 'RULED',
      filed_on: '2025-02-11',
      summary: 'Proceso contencioso administrativo contra una resolución sancionatoria.',
    });
  });

  it('keeps every held hearing before 2026-12-01 and every scheduled one after it, never two in one courtroom at once', async () => {
    const { hearings } = await contents(direct);
    const held = hearings.filter((h) => h.status === 'HELD').map((h) => String(h.starts_at));
    const scheduled = hearings.filter((h) => h.status === 'SCHEDULED').map((h) => String(h.starts_at));
    expect(held.every((at) => at < '2026-12-01')).toBe(true);
    expect(scheduled.every((at) => at > '2027-01-01')).toBe(true);
    const slots = hearings.filter((h) => h.status === 'SCHEDULED').map((h) => `${h.court_code}|${h.courtroom}|${h.starts_at}`);
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('is deterministic: seeding 100, then 250, then 500 citizens gives the same rows as 500 at once', async () => {
    expect(await contents(stepwise)).toEqual(await contents(direct));
  });
});
