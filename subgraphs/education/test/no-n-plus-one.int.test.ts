import { demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { ACADEMIC_RECORD, callers, citizens } from './support/education-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'education_n_plus_one', citizens: 100 });
});

afterAll(async () => {
  await server?.stop();
});

const cis = (count: number) => Array.from({ length: count }, (_, index) => demoCitizenAt(index).ci);

/**
 * Enrolments (with their institutions), titles (with theirs) and grades: one statement each
 * (the loaders batch every citizen of the request), plus the one audit-outbox INSERT (one per
 * 500 citizens). Institutions come in the list reads' joins, so the count does not depend on
 * whether the enrolments and the titles complete in the same tick (on MariaDB they may not).
 */
const STATEMENTS = 4;

describe('no N+1 on Citizen.academicRecord', () => {
  it('reads 10 and 100 citizens with the full selection in exactly the same number of statements', async () => {
    const ten = await server.post<{ _entities: Array<{ ci: string; academicRecord: { enrolments: unknown[]; titles: unknown[] } }> }>(
      ACADEMIC_RECORD, { representations: citizens(cis(10)) }, { context: callers.registrar },
    );
    const hundred = await server.post<{ _entities: Array<{ ci: string; academicRecord: { enrolments: unknown[]; titles: unknown[] } }> }>(
      ACADEMIC_RECORD, { representations: citizens(cis(100)) }, { context: callers.registrar },
    );
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    expect(ten.body.data!._entities.map((citizen) => citizen.ci)).toEqual(cis(10));
    expect(hundred.body.data!._entities).toHaveLength(100);
    // Every demo citizen is an adult with at least primaria and secundaria.
    for (const citizen of hundred.body.data!._entities) expect(citizen.academicRecord.enrolments.length).toBeGreaterThanOrEqual(2);
    expect(ten.sqlStatements).toBe(STATEMENTS);
    expect(hundred.sqlStatements).toBe(STATEMENTS);
    const outbox = await server.app.database.dataSource.query('SELECT COUNT(*) AS n FROM egob_audit_outbox');
    expect(Number(outbox[0].n)).toBe(110);
  });
});
