import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { experienceMonths, laPazToday } from '../src/labor-dates';
import { DEMO, FORBIDDEN, PLAIN, callers, laborTestHelpers } from './support/labor-callers';

// No SERVICE_CLIENT_ID/SECRET: ctx.graph is null, so titles are "not available" (never a failure).
let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_matching', citizens: 6 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal } = laborTestHelpers(() => server);

const POSTINGS = 'query ($ci: ID!, $first: Int) { matchingPostings(ci: $ci, first: $first) { titlesConsidered notice matches { posting { id title } score reasons } } }';
const PROFILES = 'query ($id: ID!) { matchingProfiles(postingId: $id) { matches { ci displayName desiredPosition score titlesConsidered notice reasons } } }';
const UNAVAILABLE = 'Títulos no disponibles: no se pudo consultar el registro de títulos; la puntuación no considera la formación.';
const LEFT_OUT = 'Títulos no considerados: la parte de formación queda fuera de la puntuación.';

function demoMonths(): number {
  return experienceMonths([{ startDate: '2012-03-01', endDate: '2018-12-31' }, { startDate: '2019-02-01', endDate: null }], laPazToday(new Date()));
}

describe('matchingPostings without service credentials', () => {
  it('ranks the open postings for the demo citizen without titles, says why, and explains each score', async () => {
    const months = demoMonths();
    const same = 'Mismo municipio (020101).';
    expect(await gql(POSTINGS, { ci: DEMO, first: 7 }, callers.owner)).toEqual({
      data: {
        matchingPostings: {
          titlesConsidered: false,
          notice: UNAVAILABLE,
          matches: [
            { posting: { id: '5', title: 'Analista de sistemas' }, score: 100, reasons: [same, `Experiencia: ${months} meses; la oferta pide 24.`, LEFT_OUT, 'Palabras clave: 2 de 2 del título de la oferta (analista, sistemas).'] },
            { posting: { id: '9', title: 'Técnico de soporte' }, score: 87, reasons: [same, `Experiencia: ${months} meses; la oferta pide 6.`, LEFT_OUT, 'Palabras clave: 2 de 2 del título de la oferta (tecnico, soporte).'] },
            { posting: { id: '6', title: 'Técnico en redes' }, score: 87, reasons: [same, `Experiencia: ${months} meses; la oferta pide 12.`, LEFT_OUT, 'Palabras clave: 2 de 2 del título de la oferta (tecnico, redes).'] },
            { posting: { id: '8', title: 'Inspector de trabajo' }, score: 73, reasons: [same, `Experiencia: ${months} meses; la oferta pide 36.`, LEFT_OUT, 'Palabras clave: ninguna de 2 del título de la oferta.'] },
            { posting: { id: '7', title: 'Asistente administrativo' }, score: 73, reasons: [same, `Experiencia: ${months} meses; la oferta pide 0.`, LEFT_OUT, 'Palabras clave: ninguna de 2 del título de la oferta.'] },
            {
              posting: { id: '11', title: 'Operario de producción' },
              score: 53,
              reasons: ['Mismo departamento (02), otro municipio.', `Experiencia: ${months} meses; la oferta pide 0.`, LEFT_OUT, 'Palabras clave: ninguna de 2 del título de la oferta.'],
            },
            {
              posting: { id: '10', title: 'Auxiliar contable' },
              score: 53,
              reasons: ['Mismo departamento (02), otro municipio.', `Experiencia: ${months} meses; la oferta pide 12.`, LEFT_OUT, 'Palabras clave: ninguna de 2 del título de la oferta.'],
            },
          ],
        },
      },
    });
  });

  it('never lists a closed posting, and defaults to 10 matches', async () => {
    const body = await gql(POSTINGS, { ci: DEMO }, callers.inspector);
    const ids = body.data.matchingPostings.matches.map((match: { posting: { id: string } }) => match.posting.id);
    // Then other departments: 29 «Técnico en sistemas» (Trinidad) 53, 15 «Analista de presupuesto» 47, 34 «Técnico aeronáutico» 40
    // (the first of the 40s: ties keep the candidates' order, newest first). Closed postings 1–4 never appear.
    expect(ids).toEqual(['5', '9', '6', '8', '7', '11', '10', '29', '15', '34']);
  });

  it('tells a citizen without a profile to register one', async () => {
    const owner = { subject: '3000002', roles: ['citizen'] };
    expect(await gql(POSTINGS, { ci: '3000002' }, owner)).toEqual({
      data: { matchingPostings: { titlesConsidered: false, notice: 'No tiene un perfil laboral registrado: regístrelo para recibir ofertas compatibles.', matches: [] } },
    });
  });

  it('refuses other citizens and employers; refuses a bad CI or count with BAD_USER_INPUT', async () => {
    for (const context of [callers.otherCitizen, callers.employer, callers.anonymous]) {
      const body = await gql(POSTINGS, { ci: DEMO }, context);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    expect(refusal(await gql(POSTINGS, { ci: DEMO, first: 0 }, callers.owner))).toEqual([{ message: 'Pida de 1 a 50 resultados.', code: 'BAD_USER_INPUT' }]);
    expect(refusal(await gql(POSTINGS, { ci: 'x"){}' }, callers.inspector))).toEqual([
      { message: 'Cédula de identidad inválida: use de 5 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', code: 'BAD_USER_INPUT' },
    ]);
  });
});

describe('matchingProfiles without service credentials', () => {
  const expected = () => ({
    data: {
      matchingProfiles: {
        matches: [
          {
            ci: DEMO,
            displayName: null,
            desiredPosition: 'Analista de sistemas',
            score: 100,
            titlesConsidered: false,
            notice: UNAVAILABLE,
            reasons: ['Mismo municipio (020101).', `Experiencia: ${demoMonths()} meses; la oferta pide 24.`, LEFT_OUT, 'Palabras clave: 2 de 2 del título de la oferta (analista, sistemas).'],
          },
          {
            ci: PLAIN,
            displayName: null,
            desiredPosition: 'Asistente administrativo',
            score: 40,
            titlesConsidered: false,
            notice: UNAVAILABLE,
            reasons: ['Mismo municipio (020101).', 'Experiencia: 0 meses; la oferta pide 24.', LEFT_OUT, 'Palabras clave: ninguna de 2 del título de la oferta.'],
          },
        ],
      },
    },
  });

  it('ranks the visible profiles for the posting’s employer and for an inspector', async () => {
    expect(await gql(PROFILES, { id: '5' }, callers.employer)).toEqual(expected());
    expect(await gql(PROFILES, { id: '5' }, callers.inspector)).toEqual(expected());
  });

  it('refuses another employer, citizens and clinicians; a missing posting is BAD_USER_INPUT for an inspector', async () => {
    for (const context of [callers.otherEmployer, callers.owner, callers.clinician]) {
      const body = await gql(PROFILES, { id: '5' }, context);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    // GAM-020101's employer may not rank profiles for YPFB's posting (id 22).
    expect(refusal(await gql(PROFILES, { id: '22' }, callers.employer))).toEqual([FORBIDDEN]);
    expect(refusal(await gql(PROFILES, { id: '999' }, callers.inspector))).toEqual([{ message: 'No existe esa oferta de empleo.', code: 'BAD_USER_INPUT' }]);
  });

  it('leaves out profiles not visible to employers', async () => {
    await server.app.database.dataSource.query('UPDATE job_profile SET visible_to_employers = 0 WHERE ci = ?', [PLAIN]);
    try {
      const body = await gql(PROFILES, { id: '5' }, callers.inspector);
      expect(body.data.matchingProfiles.matches.map((match: { ci: string }) => match.ci)).toEqual([DEMO]);
    } finally {
      await server.app.database.dataSource.query('UPDATE job_profile SET visible_to_employers = 1 WHERE ci = ?', [PLAIN]);
    }
  });
});
