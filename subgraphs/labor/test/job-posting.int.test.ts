import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { FORBIDDEN, callers, laborTestHelpers } from './support/labor-callers';

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'labor_postings', citizens: 3 });
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal, count } = laborTestHelpers(() => server);

const POSTING_FIELDS = 'id title description employer { kind entity { code } nit name } territory { code } requiredTitle minimumExperienceMonths publishedOn closesOn open';
const PUBLISH = `mutation ($input: PublishJobPostingInput!) { publishJobPosting(input: $input) { ok posting { ${POSTING_FIELDS} } error { code message field } } }`;

const ANALYST = {
  id: '5',
  title: 'Analista de sistemas',
  description: 'Analista de sistemas para Gobierno Autónomo Municipal de La Paz. Postule con su hoja de vida en la bolsa de trabajo del Ministerio de Trabajo.',
  employer: { kind: 'PUBLIC_ENTITY', entity: { code: 'GAM-020101' }, nit: null, name: 'Gobierno Autónomo Municipal de La Paz' },
  territory: { code: '020101' },
  requiredTitle: 'LICENCIATURA',
  minimumExperienceMonths: 24,
  publishedOn: '2026-11-02',
  closesOn: '2027-12-31',
  open: true,
};

describe('job postings (public)', () => {
  it('serves a posting to anyone, anonymous callers included', async () => {
    expect(await gql(`query { jobPosting(id: "5") { ${POSTING_FIELDS} } }`, {}, callers.anonymous)).toEqual({ data: { jobPosting: ANALYST } });
    expect(await gql('query { jobPosting(id: "999") { id } }', {}, callers.anonymous)).toEqual({ data: { jobPosting: null } });
  });

  it('seeds 30 open postings across the 9 departments and 4 closed ones', async () => {
    const all = await gql('{ jobPostings(first: 100) { totalCount nodes { id open territory { code } } } }', {}, callers.anonymous);
    expect(all.data.jobPostings.totalCount).toBe(34);
    const open = all.data.jobPostings.nodes.filter((node: { open: boolean }) => node.open);
    expect(open).toHaveLength(30);
    expect([...new Set(open.map((node: { territory: { code: string } }) => node.territory.code.slice(0, 2)))].sort()).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    expect(await gql('{ jobPostings(open: false) { totalCount nodes { id title open } } }', {}, callers.anonymous)).toEqual({
      data: {
        jobPostings: {
          totalCount: 4,
          nodes: [
            { id: '4', title: 'Analista de datos', open: false },
            { id: '3', title: 'Topógrafo', open: false },
            { id: '2', title: 'Bioquímico', open: false },
            { id: '1', title: 'Secretaria ejecutiva', open: false },
          ],
        },
      },
    });
  });

  it('pages newest first, filtered by department and open', async () => {
    const query = 'query ($after: String) { jobPostings(first: 3, departmentCode: "02", open: true, after: $after) { totalCount nodes { id title } pageInfo { hasNextPage endCursor } } }';
    const first = await gql(query, {}, callers.anonymous);
    expect(first.data.jobPostings).toEqual({
      totalCount: 7,
      nodes: [
        { id: '11', title: 'Operario de producción' },
        { id: '10', title: 'Auxiliar contable' },
        { id: '9', title: 'Técnico de soporte' },
      ],
      pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
    });
    const second = await gql(query, { after: first.data.jobPostings.pageInfo.endCursor }, callers.anonymous);
    expect(second.data.jobPostings.nodes).toEqual([
      { id: '8', title: 'Inspector de trabajo' },
      { id: '7', title: 'Asistente administrativo' },
      { id: '6', title: 'Técnico en redes' },
    ]);
    const third = await gql(query, { after: second.data.jobPostings.pageInfo.endCursor }, callers.anonymous);
    expect(third.data.jobPostings).toEqual({ totalCount: 7, nodes: [{ id: '5', title: 'Analista de sistemas' }], pageInfo: { hasNextPage: false, endCursor: expect.any(String) } });
  });

  it('refuses a bad department code or cursor with BAD_USER_INPUT', async () => {
    expect(refusal(await gql('{ jobPostings(departmentCode: "2") { totalCount } }', {}, callers.anonymous))).toEqual([
      { message: 'Código de departamento inválido: use 01 a 09.', code: 'BAD_USER_INPUT' },
    ]);
    expect(refusal(await gql('{ jobPosting(id: "abc") { id } }', {}, callers.anonymous))).toEqual([{ message: 'Identificador de oferta inválido.', code: 'BAD_USER_INPUT' }]);
  });
});

describe('publishJobPosting', () => {
  const input = { title: 'Auxiliar de biblioteca', employer: { entityCode: 'GAM-020101' }, territoryCode: '020101', minimumExperienceMonths: 6, publishedOn: '2026-01-05', closesOn: '2026-02-05' };

  it('lets an employer publish for the entity it acts for', async () => {
    const body = await gql(PUBLISH, { input: { ...input, requiredTitle: 'BACHILLER', description: 'Atención en sala.' } }, callers.employer);
    expect(body).toEqual({
      data: {
        publishJobPosting: {
          ok: true,
          posting: {
            id: '35',
            title: 'Auxiliar de biblioteca',
            description: 'Atención en sala.',
            employer: { kind: 'PUBLIC_ENTITY', entity: { code: 'GAM-020101' }, nit: null, name: 'Gobierno Autónomo Municipal de La Paz' },
            territory: { code: '020101' },
            requiredTitle: 'BACHILLER',
            minimumExperienceMonths: 6,
            publishedOn: '2026-01-05',
            closesOn: '2026-02-05',
            open: false,
          },
          error: null,
        },
      },
    });
    expect(await count('job_posting')).toBe(35);
  });

  it.each([
    ['CLOSES_BEFORE_PUBLISHED', { closesOn: '2026-01-04' }, 'La oferta no puede cerrar antes de publicarse.', 'closesOn'],
    ['INVALID_TERRITORY', { territoryCode: '0201' }, 'Territorio inválido: use el código INE de 6 dígitos de un municipio (p. ej. 020101).', 'territoryCode'],
    ['INVALID_TERRITORY', { territoryCode: '029999' }, 'Territorio inválido: use el código INE de 6 dígitos de un municipio (p. ej. 020101).', 'territoryCode'],
    ['EMPTY_TITLE', { title: ' ' }, 'El título de la oferta debe tener de 1 a 120 caracteres.', 'title'],
    ['INVALID_EXPERIENCE', { minimumExperienceMonths: -1 }, 'La experiencia mínima debe estar entre 0 y 600 meses.', 'minimumExperienceMonths'],
    ['INVALID_DATE', { closesOn: '2026-02-30' }, 'Fecha inválida en closesOn: use AAAA-MM-DD (p. ej. 2019-02-01).', 'closesOn'],
    ['NOT_YOUR_EMPLOYEE_ENTITY', { employer: { entityCode: 'YPFB' } }, 'Solo puede registrar personal de la entidad por la que actúa.', 'employer.entityCode'],
  ])('answers %s in the result and writes nothing (%j)', async (code, change, message, field) => {
    const before = await count('job_posting');
    expect(await gql(PUBLISH, { input: { ...input, ...change } }, callers.employer)).toEqual({
      data: { publishJobPosting: { ok: false, posting: null, error: { code, message, field } } },
    });
    expect(await count('job_posting')).toBe(before);
  });

  it('lets an inspector publish for a company, and refuses citizens', async () => {
    const body = await gql(PUBLISH, { input: { ...input, employer: { nit: '1067890134', name: 'Comercial Oriente S.R.L.' }, territoryCode: '070101' } }, callers.inspector);
    expect(body.data.publishJobPosting).toMatchObject({ ok: true, posting: { employer: { kind: 'COMPANY', nit: '1067890134' }, territory: { code: '070101' } } });
    const before = await count('job_posting');
    const refused = await gql(PUBLISH, { input }, callers.owner);
    expect(refused.data).toBeNull();
    expect(refusal(refused)).toEqual([FORBIDDEN]);
    expect(await count('job_posting')).toBe(before);
  });
});
