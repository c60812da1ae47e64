import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/labor';
import { experienceMonths, laPazToday } from '../src/labor-dates';
import { DEMO, PLAIN, callers, laborTestHelpers } from './support/labor-callers';

// A stand-in for identity's token endpoint and the gateway (the real ones are exercised by
// the lead's tests/): it grants the demo citizen's consent only, and answers her titles.
const CONSENTING = new Set([DEMO]);
const TITLES: Record<string, Array<{ kind: string; name: string; issuedOn: string }>> = {
  [DEMO]: [
    { kind: 'BACHILLER', name: 'Bachiller en Humanidades', issuedOn: '2005-12-01' },
    { kind: 'LICENCIATURA', name: 'Licenciatura en Informática', issuedOn: '2011-12-15' },
  ],
};
const gatewayCalls: Array<{ query: string; variables: Record<string, unknown> }> = [];

let gateway: Server;
let server: TestSubgraph<unknown>;

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

beforeAll(async () => {
  gateway = createServer(async (request, response) => {
    const text = await readBody(request);
    response.setHeader('content-type', 'application/json');
    if (request.url === '/oauth/token') {
      response.end(JSON.stringify({ access_token: 'svc-labor-token', token_type: 'Bearer', expires_in: 300 }));
      return;
    }
    const { query, variables = {} } = JSON.parse(text) as { query: string; variables?: Record<string, unknown> };
    gatewayCalls.push({ query, variables });
    if (query.includes('consentStatus')) {
      const granted = variables.entity === 'MIN-TRABAJO' && variables.scope === 'education:titles' && CONSENTING.has(String(variables.ci));
      response.end(JSON.stringify({ data: { consentStatus: { granted } } }));
      return;
    }
    const data: Record<string, unknown> = {};
    for (const [, alias, ci] of query.matchAll(/(t\d+): academicTitles\(ci: "([^"]+)"\)/g)) data[alias!] = TITLES[ci!] ?? [];
    response.end(JSON.stringify({ data }));
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  server = await startTestSubgraph(subgraph, {
    label: 'labor_titles',
    citizens: 6,
    env: {
      SERVICE_CLIENT_ID: 'svc-labor',
      SERVICE_CLIENT_SECRET: 'test-secret-of-svc-labor',
      GATEWAY_URL: `${base}/graphql`,
      IDENTITY_TOKEN_URL: `${base}/oauth/token`,
      CONSENT_CACHE_SECONDS: '0',
    },
  });
});

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => gateway?.close(resolve));
});

beforeEach(() => {
  gatewayCalls.length = 0;
});

const { gql } = laborTestHelpers(() => server);
const POSTINGS = 'query ($ci: ID!, $first: Int) { matchingPostings(ci: $ci, first: $first) { titlesConsidered notice matches { posting { id } score reasons } } }';
const PROFILES = 'query ($id: ID!) { matchingProfiles(postingId: $id) { matches { ci score titlesConsidered notice reasons } } }';

function demoMonths(): number {
  return experienceMonths([{ startDate: '2012-03-01', endDate: '2018-12-31' }, { startDate: '2019-02-01', endDate: null }], laPazToday(new Date()));
}

describe('matching with titles through the gateway', () => {
  it('uses the titles of a citizen who consented, after asking identity', async () => {
    const body = await gql(POSTINGS, { ci: DEMO, first: 7 }, callers.owner);
    expect(body.data.matchingPostings.titlesConsidered).toBe(true);
    expect(body.data.matchingPostings.notice).toBeNull();
    expect(body.data.matchingPostings.matches.map((m: { posting: { id: string }; score: number }) => [m.posting.id, m.score])).toEqual([
      ['5', 100],
      ['9', 90],
      ['6', 90],
      ['8', 80],
      ['7', 80],
      ['11', 65],
      ['10', 65],
    ]);
    expect(body.data.matchingPostings.matches[0].reasons).toEqual([
      'Mismo municipio (020101).',
      `Experiencia: ${demoMonths()} meses; la oferta pide 24.`,
      'Título LICENCIATURA: cumple el mínimo LICENCIATURA.',
      'Palabras clave: 2 de 2 del título de la oferta (analista, sistemas).',
    ]);
    expect(gatewayCalls.map((call) => call.variables)).toEqual([{ ci: DEMO, entity: 'MIN-TRABAJO', scope: 'education:titles' }, {}]);
    expect(gatewayCalls[1]!.query).toBe('query LaborMatchingTitles { t0: academicTitles(ci: "1234567") { kind name issuedOn } }');
  });

  it('says so, and asks for no titles, when the citizen did not consent', async () => {
    const body = await gql(POSTINGS, { ci: PLAIN, first: 1 }, callers.plain);
    expect(body).toEqual({
      data: {
        matchingPostings: {
          titlesConsidered: false,
          notice:
            'No autorizó al Ministerio de Trabajo a leer sus títulos: la puntuación no considera su formación. Puede autorizarlo en Ciudadanía Digital (ámbito education:titles).',
          matches: [
            {
              posting: { id: '7' },
              score: 100,
              reasons: [
                'Mismo municipio (020101).',
                'Experiencia: 0 meses; la oferta pide 0.',
                'Títulos no considerados: la parte de formación queda fuera de la puntuación.',
                'Palabras clave: 2 de 2 del título de la oferta (asistente, administrativo).',
              ],
            },
          ],
        },
      },
    });
    expect(gatewayCalls).toEqual([{ query: expect.stringContaining('consentStatus'), variables: { ci: PLAIN, entity: 'MIN-TRABAJO', scope: 'education:titles' } }]);
  });

  it('ranks profiles with the titles of those who consented, fetched in one aliased request', async () => {
    const body = await gql(PROFILES, { id: '5' }, callers.employer);
    expect(body.data.matchingProfiles.matches.map((m: { ci: string; score: number; titlesConsidered: boolean; notice: string | null }) => [m.ci, m.score, m.titlesConsidered, m.notice])).toEqual([
      [DEMO, 100, true, null],
      [PLAIN, 40, false, 'La persona no autorizó al Ministerio de Trabajo a leer sus títulos: la puntuación no considera su formación.'],
    ]);
    const titleRequests = gatewayCalls.filter((call) => call.query.includes('academicTitles'));
    expect(titleRequests.map((call) => call.query)).toEqual(['query LaborMatchingTitles { t0: academicTitles(ci: "1234567") { kind name issuedOn } }']);
    expect(gatewayCalls.filter((call) => call.query.includes('consentStatus')).map((call) => call.variables.ci).sort()).toEqual([DEMO, PLAIN]);
  });
});
