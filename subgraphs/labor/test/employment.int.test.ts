import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { DEMO, FORBIDDEN, callers, citizenQuery, citizenRef, laborTestHelpers } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_employment', citizens: 12 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal, count } = laborTestHelpers(() => server);

const HISTORY = citizenQuery('employmentHistory { id employer { kind entity { code } nit name } position startDate endDate contributionsStatus }');
const REGISTER = `mutation ($input: RegisterEmploymentInput!) {
  registerEmployment(input: $input) {
    ok employment { id employer { kind entity { code } nit name } position startDate endDate contributionsStatus } error { code message field }
  }
}`;
const END = `mutation ($input: EndEmploymentInput!) {
  endEmployment(input: $input) { ok employment { id startDate endDate } error { code message field } }
}`;

const DEMO_HISTORY = [
  {
    id: 'seed-1234567-2',
    employer: { kind: 'PUBLIC_ENTITY', entity: { code: 'GAM-020101' }, nit: null, name: 'Gobierno Autónomo Municipal de La Paz' },
    position: 'Técnica en sistemas',
    startDate: '2019-02-01',
    endDate: null,
    contributionsStatus: 'AL_DIA',
  },
  {
    id: 'seed-1234567-1',
    employer: { kind: 'COMPANY', entity: null, nit: '1023456021', name: 'Soluciones Andinas S.R.L.' },
    position: 'Auxiliar de sistemas',
    startDate: '2012-03-01',
    endDate: '2018-12-31',
    contributionsStatus: 'AL_DIA',
  },
];

/** A La Paz date `days` from now (far enough from midnight in any time zone for these tests). */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Citizen.employmentHistory', () => {
  it('shows the citizen her own history, newest start first', async () => {
    expect(await gql(HISTORY, { r: [citizenRef(DEMO)] }, callers.owner)).toEqual({ data: { _entities: [{ employmentHistory: DEMO_HISTORY }] } });
  });

  it('shows any citizen history to a labour inspector', async () => {
    expect(await gql(HISTORY, { r: [citizenRef(DEMO), citizenRef('3000005')] }, callers.inspector)).toEqual({
      data: { _entities: [{ employmentHistory: DEMO_HISTORY }, { employmentHistory: [] }] },
    });
  });

  it.each([
    ['another citizen', callers.otherCitizen],
    ['an employer (it reads only what it registers, in the result)', callers.employer],
    ['a clinician', callers.clinician],
    ['an anonymous caller', callers.anonymous],
  ])('refuses %s', async (_label, context) => {
    const body = await gql(HISTORY, { r: [citizenRef(DEMO)] }, context);
    expect(body.data).toEqual({ _entities: [null] });
    expect(refusal(body)).toEqual([FORBIDDEN]);
  });
});

describe('registerEmployment', () => {
  it('lets an employer register staff of the entity it acts for, and read the row it wrote', async () => {
    const before = await count('employment');
    const body = await gql(
      REGISTER,
      { input: { ci: '3000006', employer: { entityCode: 'GAM-020101' }, position: '  Auxiliar de archivo ', startDate: '2024-03-01', contributionsStatus: 'EN_MORA' } },
      callers.employer,
    );
    expect(body).toEqual({
      data: {
        registerEmployment: {
          ok: true,
          employment: {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            employer: { kind: 'PUBLIC_ENTITY', entity: { code: 'GAM-020101' }, nit: null, name: 'Gobierno Autónomo Municipal de La Paz' },
            position: 'Auxiliar de archivo',
            startDate: '2024-03-01',
            endDate: null,
            contributionsStatus: 'EN_MORA',
          },
          error: null,
        },
      },
    });
    expect(await count('employment')).toBe(before + 1);
    const [row] = await server.app.database.dataSource.query('SELECT ci, registered_by, employer_name FROM employment WHERE id = ?', [body.data.registerEmployment.employment.id]);
    expect(row).toEqual({ ci: '3000006', registered_by: 'GAM-020101', employer_name: 'Gobierno Autónomo Municipal de La Paz' });
  });

  it('lets an inspector register a company employment by NIT and name', async () => {
    const body = await gql(
      REGISTER,
      { input: { ci: '3000006', employer: { nit: '1034567890', name: 'Panificadora La Espiga S.R.L.' }, position: 'Panadero', startDate: '2015-01-05', endDate: '2016-06-30' } },
      callers.inspector,
    );
    expect(body.data.registerEmployment).toEqual({
      ok: true,
      employment: {
        id: expect.any(String),
        employer: { kind: 'COMPANY', entity: null, nit: '1034567890', name: 'Panificadora La Espiga S.R.L.' },
        position: 'Panadero',
        startDate: '2015-01-05',
        endDate: '2016-06-30',
        contributionsStatus: 'AL_DIA',
      },
      error: null,
    });
  });

  it.each([
    ['another entity', { entityCode: 'MIN-SALUD' }],
    ['a company', { nit: '1034567890', name: 'Panificadora La Espiga S.R.L.' }],
  ])('refuses an employer registering for %s (NOT_YOUR_EMPLOYEE_ENTITY), writing nothing', async (_label, employer) => {
    const before = await count('employment');
    const body = await gql(REGISTER, { input: { ci: '3000007', employer, position: 'Chofer', startDate: '2020-01-01' } }, callers.employer);
    expect(body).toEqual({
      data: {
        registerEmployment: {
          ok: false,
          employment: null,
          error: { code: 'NOT_YOUR_EMPLOYEE_ENTITY', message: 'Solo puede registrar personal de la entidad por la que actúa.', field: 'employer.entityCode' },
        },
      },
    });
    expect(await count('employment')).toBe(before);
  });

  const base = { ci: '3000008', employer: { entityCode: 'GAM-020101' }, position: 'Jardinero', startDate: '2021-05-01' };
  it.each([
    ['ENDS_BEFORE_START', { endDate: '2021-04-30' }, 'La fecha de finalización no puede ser anterior a la fecha de inicio.', 'endDate'],
    ['INVALID_CI', { ci: '12-AB' }, 'Cédula de identidad inválida: use de 5 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', 'ci'],
    ['INVALID_DATE', { startDate: '2021-02-30' }, 'Fecha inválida en startDate: use AAAA-MM-DD (p. ej. 2019-02-01).', 'startDate'],
    ['INVALID_DATE', { endDate: '31/12/2021' }, 'Fecha inválida en endDate: use AAAA-MM-DD (p. ej. 2019-02-01).', 'endDate'],
    ['START_IN_FUTURE', { startDate: daysFromNow(3) }, 'La fecha de inicio no puede ser posterior a hoy.', 'startDate'],
    ['INVALID_POSITION', { position: '   ' }, 'El cargo debe tener de 1 a 120 caracteres.', 'position'],
    [
      'INVALID_EMPLOYER',
      { employer: {} },
      'Empleador inválido: indique el código de la entidad pública (entityCode) o, para una empresa, su NIT (7 a 12 dígitos) y su razón social (name).',
      'employer',
    ],
    [
      'INVALID_EMPLOYER',
      { employer: { nit: '12AB', name: 'Empresa' } },
      'Empleador inválido: indique el código de la entidad pública (entityCode) o, para una empresa, su NIT (7 a 12 dígitos) y su razón social (name).',
      'employer',
    ],
    [
      'OVERLAPPING_EMPLOYMENT',
      { ci: DEMO, startDate: '2023-01-01', position: 'Analista' },
      'Esta persona ya tiene un empleo con el mismo empleador en un periodo que se superpone.',
      'startDate',
    ],
  ])('answers %s in the result and writes nothing (%j)', async (code, change, message, field) => {
    const before = await count('employment');
    const body = await gql(REGISTER, { input: { ...base, ...change } }, callers.inspector);
    expect(body).toEqual({ data: { registerEmployment: { ok: false, employment: null, error: { code, message, field } } } });
    expect(await count('employment')).toBe(before);
  });

  it('accepts a period with the same employer that does not overlap', async () => {
    const body = await gql(REGISTER, { input: { ...base, ci: DEMO, startDate: '2010-01-01', endDate: '2011-12-31', position: 'Pasante' } }, callers.employer);
    expect(body.data.registerEmployment).toMatchObject({ ok: true, employment: { startDate: '2010-01-01', endDate: '2011-12-31' }, error: null });
  });

  it('refuses callers without an employer or inspector role (FORBIDDEN), writing nothing', async () => {
    const before = await count('employment');
    for (const context of [callers.owner, callers.clinician, callers.anonymous]) {
      const body = await gql(REGISTER, { input: base }, context);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    expect(await count('employment')).toBe(before);
  });
});

describe('endEmployment', () => {
  let id: string;
  beforeAll(async () => {
    const body = await gql(REGISTER, { input: { ci: '3000009', employer: { entityCode: 'GAM-020101' }, position: 'Portero', startDate: '2022-02-01' } }, callers.employer);
    id = body.data.registerEmployment.employment.id;
  });

  it('checks the dates, the employer and that the job is current, writing nothing on an error', async () => {
    const cases: Array<[Record<string, unknown>, typeof callers.employer, { code: string; message: string; field: string }]> = [
      [{ endDate: '2022-01-31' }, callers.employer, { code: 'ENDS_BEFORE_START', message: 'La fecha de finalización no puede ser anterior a la fecha de inicio.', field: 'endDate' }],
      [{ endDate: '2022-13-01' }, callers.employer, { code: 'INVALID_DATE', message: 'Fecha inválida en endDate: use AAAA-MM-DD (p. ej. 2019-02-01).', field: 'endDate' }],
      [{ endDate: '2023-01-31' }, callers.otherEmployer, { code: 'NOT_YOUR_EMPLOYEE_ENTITY', message: 'Solo puede registrar personal de la entidad por la que actúa.', field: 'id' }],
      [{ id: 'no-such-id', endDate: '2023-01-31' }, callers.employer, { code: 'EMPLOYMENT_NOT_FOUND', message: 'No existe ese registro laboral.', field: 'id' }],
    ];
    for (const [change, context, error] of cases) {
      const body = await gql(END, { input: { id, ...change } }, context);
      expect(body).toEqual({ data: { endEmployment: { ok: false, employment: null, error } } });
    }
    const [row] = await server.app.database.dataSource.query('SELECT end_date FROM employment WHERE id = ?', [id]);
    expect(row).toEqual({ end_date: null });
  });

  it('ends the job for its employer, then refuses to end it again', async () => {
    expect(await gql(END, { input: { id, endDate: '2023-01-31' } }, callers.employer)).toEqual({
      data: { endEmployment: { ok: true, employment: { id, startDate: '2022-02-01', endDate: '2023-01-31' }, error: null } },
    });
    expect(await gql(END, { input: { id, endDate: '2023-02-28' } }, callers.inspector)).toEqual({
      data: { endEmployment: { ok: false, employment: null, error: { code: 'ALREADY_ENDED', message: 'Ese empleo ya tiene fecha de finalización.', field: 'id' } } },
    });
    const [row] = await server.app.database.dataSource.query('SELECT end_date FROM employment WHERE id = ?', [id]);
    expect(row).toEqual({ end_date: '2023-01-31' });
  });

  it('lets the employer end, and read back, a job of its entity that an inspector registered', async () => {
    const registered = await gql(REGISTER, { input: { ci: '3000004', employer: { entityCode: 'GAM-020101' }, position: 'Barrendero', startDate: '2020-01-02' } }, callers.inspector);
    const registeredId = registered.data.registerEmployment.employment.id;
    expect(await gql(END, { input: { id: registeredId, endDate: '2024-12-31' } }, callers.employer)).toEqual({
      data: { endEmployment: { ok: true, employment: { id: registeredId, startDate: '2020-01-02', endDate: '2024-12-31' }, error: null } },
    });
  });
});
