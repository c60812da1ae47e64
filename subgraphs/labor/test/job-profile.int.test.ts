import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { experienceMonths, laPazToday } from '../src/labor-dates';
import { DEMO, FORBIDDEN, PLAIN, callers, citizenQuery, citizenRef, laborTestHelpers } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_profiles', citizens: 6 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal, count } = laborTestHelpers(() => server);

const PROFILE = citizenQuery('jobProfile { desiredPosition territory { code } skills visibleToEmployers experienceMonths updatedAt }');
const SAVE = `mutation ($input: SaveJobProfileInput!) {
  saveJobProfile(input: $input) { ok profile { desiredPosition territory { code } skills visibleToEmployers experienceMonths } error { code message field } }
}`;

/** The demo citizen's months: 2012-03-01…2018-12-31 (82 months) and 2019-02-01 up to today. */
function demoMonths(): number {
  return experienceMonths([{ startDate: '2012-03-01', endDate: '2018-12-31' }, { startDate: '2019-02-01', endDate: null }], laPazToday(new Date()));
}

/** Months of a citizen's seeded employments, computed from the rows as the subgraph does. */
async function monthsOf(ci: string): Promise<number> {
  const rows: Array<{ start_date: string; end_date: string | null }> = await server.app.database.dataSource.query('SELECT start_date, end_date FROM employment WHERE ci = ?', [ci]);
  return experienceMonths(rows.map((row) => ({ startDate: row.start_date, endDate: row.end_date })), laPazToday(new Date()));
}

describe('Citizen.jobProfile', () => {
  it('shows the owner her profile, with experience months from the employment register', async () => {
    expect(demoMonths()).toBeGreaterThanOrEqual(82 + 93);
    expect(await gql(PROFILE, { r: [citizenRef(DEMO)] }, callers.owner)).toEqual({
      data: {
        _entities: [
          {
            jobProfile: {
              desiredPosition: 'Analista de sistemas',
              territory: { code: '020101' },
              skills: ['SQL', 'Redes', 'Soporte técnico'],
              visibleToEmployers: true,
              experienceMonths: demoMonths(),
              updatedAt: '2026-01-01T12:00:00.000Z',
            },
          },
        ],
      },
    });
  });

  it('shows profiles to an inspector and refuses other citizens and employers', async () => {
    expect(await gql(PROFILE, { r: [citizenRef(PLAIN), citizenRef('3000001')] }, callers.inspector)).toEqual({
      data: {
        _entities: [
          { jobProfile: { desiredPosition: 'Asistente administrativo', territory: { code: '020101' }, skills: ['Excel', 'Atención al público'], visibleToEmployers: true, experienceMonths: 0, updatedAt: '2026-01-01T12:00:00.000Z' } },
          { jobProfile: null },
        ],
      },
    });
    for (const context of [callers.otherCitizen, callers.employer]) {
      const body = await gql(PROFILE, { r: [citizenRef(DEMO)] }, context);
      expect(body.data).toEqual({ _entities: [{ jobProfile: null }] });
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });
});

describe('saveJobProfile', () => {
  const input = { ci: '3000003', desiredPosition: 'Contador', territoryCode: '030101', skills: ['Contabilidad', ' Excel '], visibleToEmployers: false };

  it('creates, then replaces, the owner’s profile', async () => {
    const owner3 = { subject: '3000003', roles: ['citizen'] };
    const before = await count('job_profile');
    expect(await gql(SAVE, { input }, owner3)).toEqual({
      data: {
        saveJobProfile: {
          ok: true,
          profile: { desiredPosition: 'Contador', territory: { code: '030101' }, skills: ['Contabilidad', 'Excel'], visibleToEmployers: false, experienceMonths: await monthsOf('3000003') },
          error: null,
        },
      },
    });
    const replaced = await gql(SAVE, { input: { ...input, desiredPosition: 'Auditor', visibleToEmployers: true } }, owner3);
    expect(replaced.data.saveJobProfile.profile).toMatchObject({ desiredPosition: 'Auditor', visibleToEmployers: true });
    expect(await count('job_profile')).toBe(before + 1);
    const [row] = await server.app.database.dataSource.query('SELECT desired_position, department_code, skills, visible_to_employers FROM job_profile WHERE ci = ?', ['3000003']);
    expect({ ...row, visible_to_employers: Number(row.visible_to_employers) }).toEqual({
      desired_position: 'Auditor',
      department_code: '03',
      skills: '["Contabilidad","Excel"]',
      visible_to_employers: 1,
    });
  });

  it('refuses anyone but the owner (inspectors included), writing nothing', async () => {
    const before = await count('job_profile');
    for (const context of [callers.owner, callers.inspector, callers.employer, callers.anonymous]) {
      const body = await gql(SAVE, { input: { ...input, ci: '3000004' } }, context);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    expect(await count('job_profile')).toBe(before);
  });

  it.each([
    ['INVALID_TERRITORY', { territoryCode: '02' }, 'Territorio inválido: use el código INE de 6 dígitos de un municipio (p. ej. 020101).', 'territoryCode'],
    ['INVALID_DESIRED_POSITION', { desiredPosition: '' }, 'El puesto deseado debe tener de 1 a 120 caracteres.', 'desiredPosition'],
    ['INVALID_SKILLS', { skills: ['Excel', ''] }, 'Indique hasta 20 habilidades, cada una de 1 a 60 caracteres.', 'skills'],
  ])('answers %s in the result and writes nothing', async (code, change, message, field) => {
    const owner4 = { subject: '3000004', roles: ['citizen'] };
    const before = await count('job_profile');
    expect(await gql(SAVE, { input: { ...input, ci: '3000004', ...change } }, owner4)).toEqual({
      data: { saveJobProfile: { ok: false, profile: null, error: { code, message, field } } },
    });
    expect(await count('job_profile')).toBe(before);
  });
});
