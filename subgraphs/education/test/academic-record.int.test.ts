import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { ACADEMIC_RECORD, FORBIDDEN, OWNER, STUDENT, callers, citizens, educationTestHelpers } from './support/education-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'education_record', citizens: 10 });
});

afterAll(async () => {
  await server?.stop();
});

beforeEach(async () => {
  await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
});

const { gql, refusal } = educationTestHelpers(() => server);

const school = { code: '80730001', name: 'Unidad Educativa Ayacucho', kind: 'SCHOOL', territory: { code: '020101' } };
const umsa = { code: 'UMSA', name: 'Universidad Mayor de San Andrés', kind: 'UNIVERSITY', territory: { code: '020101' } };

/** The seeded academic record of 1234567 (README: demo data). */
const OWNER_RECORD = {
  enrolments: [
    { id: 'E-1234567-1', institution: school, level: 'PRIMARIA', year: 1999, course: '6to de primaria', status: 'PROMOTED', grades: [] },
    {
      id: 'E-1234567-2',
      institution: school,
      level: 'SECUNDARIA',
      year: 2005,
      course: '6to de secundaria',
      status: 'GRADUATED',
      grades: [
        { subject: 'Matemáticas', period: 'Final', score: 78, passed: true },
        { subject: 'Comunicación y Lenguajes', period: 'Final', score: 85, passed: true },
        { subject: 'Ciencias Naturales', period: 'Final', score: 72, passed: true },
        { subject: 'Ciencias Sociales', period: 'Final', score: 90, passed: true },
      ],
    },
    {
      id: 'E-1234567-3',
      institution: umsa,
      level: 'LICENCIATURA',
      year: 2006,
      course: 'Informática',
      status: 'GRADUATED',
      grades: [
        { subject: 'Taller de Grado II', period: 'Semestre 2-2011', score: 91, passed: true },
        { subject: 'Sistemas de Información', period: 'Semestre 2-2011', score: 84, passed: true },
      ],
    },
  ],
  titles: [
    {
      code: 'TIT-2005-AYA7K2QM',
      kind: 'BACHILLER',
      name: 'Bachiller en Humanidades',
      institution: { code: '80730001', name: 'Unidad Educativa Ayacucho', kind: 'SCHOOL' },
      issuedOn: '2005-12-15',
      mailboxDocumentId: null,
      exported: null,
    },
    {
      code: 'TIT-2011-UMS4N8RW',
      kind: 'LICENCIATURA',
      name: 'Licenciatura en Informática',
      institution: { code: 'UMSA', name: 'Universidad Mayor de San Andrés', kind: 'UNIVERSITY' },
      issuedOn: '2011-11-30',
      mailboxDocumentId: null,
      exported: null,
    },
  ],
};

async function outbox() {
  const rows: Array<Record<string, string | null>> = await server.app.database.dataSource.query(
    'SELECT subject_ci, fields, reader, roles, acting_entity, subgraph FROM egob_audit_outbox ORDER BY position',
  );
  return rows;
}

describe('Citizen.academicRecord', () => {
  it('shows the citizen their own record, oldest first, and audits the read', async () => {
    const body = await gql(ACADEMIC_RECORD, { representations: citizens([OWNER]) }, callers.owner);
    expect(body).toEqual({ data: { _entities: [{ ci: OWNER, academicRecord: OWNER_RECORD }] } });
    const rows = await outbox();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      subject_ci: OWNER,
      fields: JSON.stringify([
        'AcademicRecord.enrolments',
        'AcademicRecord.titles',
        'AcademicTitle.code',
        'AcademicTitle.exported',
        'AcademicTitle.institution',
        'AcademicTitle.issuedOn',
        'AcademicTitle.kind',
        'AcademicTitle.mailboxDocumentId',
        'AcademicTitle.name',
        'Enrolment.course',
        'Enrolment.grades',
        'Enrolment.id',
        'Enrolment.institution',
        'Enrolment.level',
        'Enrolment.status',
        'Enrolment.year',
        'Grade.passed',
        'Grade.period',
        'Grade.score',
        'Grade.subject',
      ]),
      reader: OWNER,
      roles: JSON.stringify(['citizen']),
      acting_entity: null,
      subgraph: 'education',
    });
  });

  it('shows a registrar of MIN-EDUCACION any record, audited with the acting entity', async () => {
    const body = await gql(ACADEMIC_RECORD, { representations: citizens([OWNER]) }, callers.registrar);
    expect(body).toEqual({ data: { _entities: [{ ci: OWNER, academicRecord: OWNER_RECORD }] } });
    expect((await outbox()).map((row) => [row.subject_ci, row.reader, row.acting_entity])).toEqual([[OWNER, '3000002', 'MIN-EDUCACION']]);
  });

  it('seeds 3000005 in 6to de secundaria in 2026 (ENROLLED), without a title', async () => {
    const body = await gql(ACADEMIC_RECORD, { representations: citizens([STUDENT]) }, callers.student);
    const record = body.data._entities[0].academicRecord;
    expect(record.titles).toEqual([]);
    expect(record.enrolments.map((e: any) => [e.id, e.institution.code, e.level, e.year, e.course, e.status])).toEqual([
      ['E-3000005-1', '80910001', 'PRIMARIA', 1958, '6to de primaria', 'PROMOTED'],
      ['E-3000005-2', '80910001', 'SECUNDARIA', 2026, '6to de secundaria', 'ENROLLED'],
    ]);
    expect(record.enrolments[1].grades).toEqual([
      { subject: 'Matemáticas', period: '1er trimestre', score: 62, passed: true },
      { subject: 'Comunicación y Lenguajes', period: '1er trimestre', score: 71, passed: true },
      { subject: 'Ciencias Naturales', period: '1er trimestre', score: 48, passed: false },
    ]);
  });

  it('refuses another citizen, a servant of another entity and anonymous callers, and audits nothing', async () => {
    for (const caller of [callers.student, callers.clinician, callers.laborInspector, callers.anonymous]) {
      const body = await gql(ACADEMIC_RECORD, { representations: citizens([OWNER]) }, caller);
      // academicRecord is non-null: the refusal nulls the whole Citizen entry.
      expect(body.data).toEqual({ _entities: [null] });
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    expect(await outbox()).toEqual([]);
  });

  it('refuses the registrar role without an acting entity', async () => {
    const body = await gql(ACADEMIC_RECORD, { representations: citizens([OWNER]) }, { subject: '3000002', roles: ['education:registrar'] });
    expect(refusal(body)).toEqual([FORBIDDEN]);
  });
});
