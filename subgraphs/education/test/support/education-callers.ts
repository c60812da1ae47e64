import type { RequestContext } from '@egob/context-token';
import { citizenRepresentations, subgraphTestHelpers, type TestSubgraph } from '@egob/subgraph-kit/testing';

export { FORBIDDEN, type GraphqlBody } from '@egob/subgraph-kit/testing';

/** The demo citizen with a complete academic record (bachiller 2005, licenciatura UMSA 2011). */
export const OWNER = '1234567';
/** The demo citizen enrolled in 6to de secundaria in 2026, without a title. */
export const STUDENT = '3000005';

/** Callers the education tests share (context tokens, as the gateway would sign them). */
export const callers = {
  owner: { subject: OWNER, roles: ['citizen'] } as Partial<RequestContext>,
  student: { subject: STUDENT, roles: ['citizen'] } as Partial<RequestContext>,
  registrar: { subject: '3000002', roles: ['citizen', 'education:registrar'], actingEntity: 'MIN-EDUCACION' } as Partial<RequestContext>,
  clinician: { subject: '3000001', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' } as Partial<RequestContext>,
  laborInspector: { subject: '3000009', roles: ['citizen', 'labor:inspector'], actingEntity: 'MIN-TRABAJO' } as Partial<RequestContext>,
  laborService: { subject: 'service:svc-labor', roles: ['service'], actingEntity: 'MIN-TRABAJO' } as Partial<RequestContext>,
  anonymous: {} as Partial<RequestContext>,
};

/** Returns helpers over the test file's server (read lazily: it starts in beforeAll). */
export function educationTestHelpers(server: () => TestSubgraph<unknown>) {
  return {
    ...subgraphTestHelpers(server),
    /** Row counts of every education table. */
    async counts(): Promise<Record<string, number>> {
      const result: Record<string, number> = {};
      for (const table of ['enrolment', 'grade', 'academic_title']) {
        const rows: Array<{ n: number | string }> = await server().app.database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
        result[table] = Number(rows[0]!.n);
      }
      return result;
    },
  };
}

/** The `_entities` representations of Citizens by CI. */
export const citizens = citizenRepresentations;

/** The full selection of a citizen's academic record. */
export const ACADEMIC_RECORD = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Citizen { ci academicRecord {
    enrolments { id institution { code name kind territory { code } } level year course status grades { subject period score passed } }
    titles { code kind name institution { code name kind } issuedOn mailboxDocumentId exported }
  } }
} }`;
