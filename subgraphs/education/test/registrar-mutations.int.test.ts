import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { FORBIDDEN, OWNER, STUDENT, callers, educationTestHelpers } from './support/education-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  // No SERVICE_CLIENT_ID/SECRET: ctx.graph is null (no deposit, no consent checks).
  server = await startTestSubgraph(subgraph, { label: 'education_mutations', citizens: 10 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal, counts } = educationTestHelpers(() => server);
const { registrar } = callers;

const ENROL = `mutation ($input: EnrolStudentInput!) {
  enrolStudent(input: $input) { ok enrolment { id institution { code } level year course status grades { subject } } error { code message field } }
}`;
const GRADE = `mutation ($input: RecordGradeInput!) {
  recordGrade(input: $input) { ok grade { subject period score passed } error { code message field } }
}`;
const STATUS = `mutation ($input: SetEnrolmentStatusInput!) {
  setEnrolmentStatus(input: $input) { ok enrolment { id status } error { code message field } }
}`;
const ISSUE = `mutation ($input: IssueTitleInput!) {
  issueTitle(input: $input) { ok title { code kind name institution { code } issuedOn mailboxDocumentId exported } error { code message field } }
}`;
const TITLES = 'query ($ci: ID!) { academicTitles(ci: $ci) { code kind name issuedOn } }';
const GRADES_OF = `query ($ci: _Any!) { _entities(representations: [$ci]) { ... on Citizen { academicRecord { enrolments { id grades { subject period score } } } } } }`;

const enrolInput = { ci: '7654321', institutionCode: 'UMSA', level: 'LICENCIATURA', year: 2026, course: 'Ingeniería de Sistemas' };

async function expectError(query: string, input: Record<string, unknown>, field: string, code: string, message: string, field2: string | null) {
  const before = await counts();
  const body = await gql(query, { input }, registrar);
  expect(body).toEqual({ data: { [field]: { ok: false, [field === 'recordGrade' ? 'grade' : field === 'issueTitle' ? 'title' : 'enrolment']: null, error: { code, message, field: field2 } } } });
  expect(await counts()).toEqual(before);
}

describe('enrolStudent', () => {
  it('enrols a student (ENROLLED, no grades) and refuses the same enrolment twice', async () => {
    const body = await gql(ENROL, { input: enrolInput }, registrar);
    expect(body).toEqual({
      data: {
        enrolStudent: {
          ok: true,
          enrolment: {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            institution: { code: 'UMSA' },
            level: 'LICENCIATURA',
            year: 2026,
            course: 'Ingeniería de Sistemas',
            status: 'ENROLLED',
            grades: [],
          },
          error: null,
        },
      },
    });
    await expectError(ENROL, enrolInput, 'enrolStudent', 'ALREADY_ENROLLED', 'La persona ya está inscrita en esa institución, en ese nivel y esa gestión.', 'year');
  });

  it('returns typed errors and writes nothing for bad input', async () => {
    await expectError(ENROL, { ...enrolInput, ci: '12ab' }, 'enrolStudent', 'INVALID_CI',
      'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', 'ci');
    await expectError(ENROL, { ...enrolInput, institutionCode: 'NOPE' }, 'enrolStudent', 'UNKNOWN_INSTITUTION', 'No existe una institución educativa con ese código.', 'institutionCode');
    await expectError(ENROL, { ...enrolInput, level: 'PRIMARIA' }, 'enrolStudent', 'LEVEL_NOT_OFFERED',
      'Esa institución (UNIVERSITY) no ofrece ese nivel: ofrece LICENCIATURA, POSGRADO.', 'level');
    await expectError(ENROL, { ...enrolInput, institutionCode: 'ITLPZ' }, 'enrolStudent', 'LEVEL_NOT_OFFERED',
      'Esa institución (TECHNICAL_INSTITUTE) no ofrece ese nivel: ofrece TECNICO.', 'level');
    const maxYear = new Date().getUTCFullYear() + 1;
    await expectError(ENROL, { ...enrolInput, year: 1949 }, 'enrolStudent', 'INVALID_YEAR', `La gestión debe ser un año entre 1950 y ${maxYear}.`, 'year');
    await expectError(ENROL, { ...enrolInput, year: maxYear + 1 }, 'enrolStudent', 'INVALID_YEAR', `La gestión debe ser un año entre 1950 y ${maxYear}.`, 'year');
    await expectError(ENROL, { ...enrolInput, course: 'x'.repeat(121) }, 'enrolStudent', 'INVALID_COURSE', 'El curso o la carrera no puede pasar de 120 caracteres.', 'course');
  });

  it('is for registrars only', async () => {
    for (const caller of [callers.owner, callers.clinician, callers.anonymous, callers.laborService]) {
      const before = await counts();
      const body = await gql(ENROL, { input: { ...enrolInput, year: 2025 } }, caller);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
      expect(await counts()).toEqual(before);
    }
  });
});

describe('recordGrade and setEnrolmentStatus', () => {
  it('records a grade, corrects it for the same subject and period, and shows it in the record', async () => {
    const input = { enrolmentId: 'E-3000005-2', subject: 'Física', period: '2do trimestre', score: 50 };
    expect(await gql(GRADE, { input }, registrar)).toEqual({
      data: { recordGrade: { ok: true, grade: { subject: 'Física', period: '2do trimestre', score: 50, passed: false }, error: null } },
    });
    const before = await counts();
    expect(await gql(GRADE, { input: { ...input, score: 51 } }, registrar)).toEqual({
      data: { recordGrade: { ok: true, grade: { subject: 'Física', period: '2do trimestre', score: 51, passed: true }, error: null } },
    });
    expect(await counts()).toEqual(before);
    const record = await gql(GRADES_OF, { ci: { __typename: 'Citizen', ci: STUDENT } }, callers.student);
    expect(record.data._entities[0].academicRecord.enrolments[1]).toEqual({
      id: 'E-3000005-2',
      grades: [
        { subject: 'Matemáticas', period: '1er trimestre', score: 62 },
        { subject: 'Comunicación y Lenguajes', period: '1er trimestre', score: 71 },
        { subject: 'Ciencias Naturales', period: '1er trimestre', score: 48 },
        { subject: 'Física', period: '2do trimestre', score: 51 },
      ],
    });
  });

  it('refuses a grade out of range, an empty subject and an unknown enrolment, writing nothing', async () => {
    const input = { enrolmentId: 'E-3000005-2', subject: 'Química', period: 'Final', score: 70 };
    for (const score of [101, -1]) {
      await expectError(GRADE, { ...input, score }, 'recordGrade', 'GRADE_OUT_OF_RANGE', 'La calificación debe ser un número entero de 0 a 100.', 'score');
    }
    await expectError(GRADE, { ...input, subject: '   ' }, 'recordGrade', 'EMPTY_SUBJECT', 'Indique la materia (1 a 100 caracteres).', 'subject');
    await expectError(GRADE, { ...input, enrolmentId: 'E-nope' }, 'recordGrade', 'UNKNOWN_ENROLMENT', 'No existe esa inscripción.', 'enrolmentId');
  });

  it('rejects a score that is not an integer before it reaches the resolver', async () => {
    const before = await counts();
    const { status, body } = await server.post(GRADE, { input: { enrolmentId: 'E-3000005-2', subject: 'Química', score: 70.5 } }, { context: registrar });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await counts()).toEqual(before);
  });

  it('sets an enrolment status, and refuses an unknown enrolment', async () => {
    expect(await gql(STATUS, { input: { enrolmentId: 'E-3000005-1', status: 'GRADUATED' } }, registrar)).toEqual({
      data: { setEnrolmentStatus: { ok: true, enrolment: { id: 'E-3000005-1', status: 'GRADUATED' }, error: null } },
    });
    await expectError(STATUS, { enrolmentId: 'E-nope', status: 'FAILED' }, 'setEnrolmentStatus', 'UNKNOWN_ENROLMENT', 'No existe esa inscripción.', 'enrolmentId');
  });
});

describe('issueTitle without service credentials', () => {
  it('refuses a title for a citizen not enrolled at that level and institution (NOT_ENROLLED), writing nothing', async () => {
    const message = 'La persona no tiene en esa institución una inscripción de nivel SECUNDARIA vigente, promovida o concluida: no se puede emitir el título.';
    // 3000005 is enrolled in secundaria at 80910001, not at 80730001.
    await expectError(ISSUE, { ci: STUDENT, institutionCode: '80730001', kind: 'BACHILLER', name: 'Bachiller en Humanidades' }, 'issueTitle', 'NOT_ENROLLED', message, 'ci');
    await expectError(ISSUE, { ci: '7777777', institutionCode: '80910001', kind: 'BACHILLER', name: 'Bachiller en Humanidades' }, 'issueTitle', 'NOT_ENROLLED', message, 'ci');
    await expectError(ISSUE, { ci: STUDENT, institutionCode: 'UMSA', kind: 'LICENCIATURA', name: 'Licenciatura en Derecho' }, 'issueTitle', 'NOT_ENROLLED',
      'La persona no tiene en esa institución una inscripción de nivel LICENCIATURA vigente, promovida o concluida: no se puede emitir el título.', 'ci');
  });

  it('returns DELIVERY_UNAVAILABLE for an entitled student, writes nothing and leaves the enrolment ENROLLED', async () => {
    await expectError(ISSUE, { ci: STUDENT, institutionCode: '80910001', kind: 'BACHILLER', name: 'Bachiller en Humanidades' }, 'issueTitle', 'DELIVERY_UNAVAILABLE',
      'No se puede entregar el título al buzón ciudadano: el subgrafo no tiene credenciales de servicio (SERVICE_CLIENT_ID/SECRET). No se emitió nada.', null);
    const rows = await server.app.database.dataSource.query("SELECT status FROM enrolment WHERE id = 'E-3000005-2'");
    expect(rows).toEqual([{ status: 'ENROLLED' }]);
  });

  it('checks the other inputs first', async () => {
    const input = { ci: STUDENT, institutionCode: '80910001', kind: 'BACHILLER', name: 'Bachiller en Humanidades' };
    await expectError(ISSUE, { ...input, name: ' ' }, 'issueTitle', 'INVALID_TITLE_NAME',
      'El nombre del título debe tener de 1 a 200 caracteres (p. ej. "Bachiller en Humanidades").', 'name');
    for (const issuedOn of ['2025-02-30', '2099-01-01', '15/12/2025']) {
      await expectError(ISSUE, { ...input, issuedOn }, 'issueTitle', 'INVALID_ISSUED_ON', 'La fecha de emisión debe ser una fecha AAAA-MM-DD válida y no futura.', 'issuedOn');
    }
    await expectError(ISSUE, { ...input, institutionCode: 'NOPE' }, 'issueTitle', 'UNKNOWN_INSTITUTION', 'No existe una institución educativa con ese código.', 'institutionCode');
    await expectError(ISSUE, { ...input, ci: 'x' }, 'issueTitle', 'INVALID_CI',
      'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', 'ci');
    await expectError(ISSUE, { ci: OWNER, institutionCode: '80730001', kind: 'BACHILLER', name: 'Bachiller en Humanidades' }, 'issueTitle', 'TITLE_ALREADY_ISSUED',
      'Esa institución ya emitió a esta persona un título de ese tipo con ese nombre.', 'name');
  });
});

describe('academicTitles(ci)', () => {
  const ownerTitles = [
    { code: 'TIT-2005-AYA7K2QM', kind: 'BACHILLER', name: 'Bachiller en Humanidades', issuedOn: '2005-12-15' },
    { code: 'TIT-2011-UMS4N8RW', kind: 'LICENCIATURA', name: 'Licenciatura en Informática', issuedOn: '2011-11-30' },
  ];

  it('answers the citizen and a registrar', async () => {
    expect(await gql(TITLES, { ci: OWNER }, callers.owner)).toEqual({ data: { academicTitles: ownerTitles } });
    expect(await gql(TITLES, { ci: OWNER }, registrar)).toEqual({ data: { academicTitles: ownerTitles } });
  });

  it('answers a registrar BAD_USER_INPUT for a malformed CI', async () => {
    const body = await gql(TITLES, { ci: 'abc' }, registrar);
    expect(body.data).toBeNull();
    expect(refusal(body)).toEqual([
      { message: 'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('refuses another entity when consent cannot be confirmed (no service credentials: hasConsent refuses)', async () => {
    for (const caller of [callers.laborService, callers.laborInspector, callers.student, callers.anonymous]) {
      const body = await gql(TITLES, { ci: OWNER }, caller);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });
});
