import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';

let direct: TestSubgraph<unknown>;
let stepwise: TestSubgraph<unknown>;

beforeAll(async () => {
  direct = await startTestSubgraph(subgraph, { label: 'education_seed_direct', citizens: 40 });
  stepwise = await startTestSubgraph(subgraph, { label: 'education_seed_stepwise', citizens: 15 });
  await stepwise.app.seed(40);
});

afterAll(async () => {
  await direct?.stop();
  await stepwise?.stop();
});

async function dump(server: TestSubgraph<unknown>) {
  const query = (sql: string) => server.app.database.dataSource.query(sql);
  return {
    institutions: await query('SELECT code, name, kind, territory_code, department_code FROM educational_institution ORDER BY code'),
    enrolments: await query('SELECT id, ci, institution_code, level, year, course, status FROM enrolment ORDER BY id'),
    grades: await query('SELECT enrolment_id, ci, subject, period, score FROM grade ORDER BY enrolment_id, subject'),
    titles: await query('SELECT code, ci, kind, name, institution_code, issued_on, content_sha256, mailbox_document_id, exported FROM academic_title ORDER BY code'),
  };
}

describe('education seed', () => {
  it('is deterministic: seeding 40 citizens at once or 15 then 40 gives the same rows', async () => {
    const once = await dump(direct);
    expect(await dump(stepwise)).toEqual(once);
    expect(once.institutions).toHaveLength(38);
    // Every demo citizen is an adult: primaria and secundaria at least; ~90% have a bachiller title.
    const cis = new Set(once.enrolments.map((row: { ci: string }) => row.ci));
    expect(cis.size).toBe(40);
    expect(once.titles.filter((row: { kind: string }) => row.kind === 'BACHILLER').length).toBeGreaterThanOrEqual(30);
    for (const title of once.titles) {
      expect(title.code).toMatch(/^TIT-\d{4}-[A-Z2-9]{8}$/);
      expect(title.content_sha256).toMatch(/^[0-9a-f]{64}$/);
      expect([title.mailbox_document_id, title.exported]).toEqual([null, null]);
    }
  });

  it('seeds enrolments only at schools of the citizen’s department', async () => {
    const rows = await direct.app.database.dataSource.query(
      "SELECT e.ci, i.department_code FROM enrolment e JOIN educational_institution i ON i.code = e.institution_code WHERE e.level = 'SECUNDARIA' AND e.ci <> '1234567' AND e.ci <> '3000005' ORDER BY e.ci",
    );
    const { demoCitizenAt } = await import('@egob/demo-data');
    const departmentOf = new Map(Array.from({ length: 40 }, (_, index) => demoCitizenAt(index)).map((citizen) => [citizen.ci, citizen.residenceCode.slice(0, 2)]));
    expect(rows).toHaveLength(38);
    for (const row of rows) expect(row.department_code).toBe(departmentOf.get(row.ci));
  });
});
