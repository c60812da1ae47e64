import { ApolloServer, HeaderMap } from '@apollo/server';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lacksQuery, requestShapeError } from '../src/http/request-shape';
import { sha256Hex } from '../src/trusted-documents/trusted-documents';
import { startGatewayHarness, type GatewayHarness, type HarnessGateway } from './helpers/gateway-harness';

/** A /graphql answer as sent: status, Content-Type and the body's exact text. */
interface RawAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

const TERRITORY_BY_CODE = 'query PorCodigo($code: String!) { territory(code: $code) { name } }';
const TERRITORIES_BY_LEVEL = 'query PorNivel($level: TerritoryLevel!) { territories(level: $level) { code } }';
const TYPE_BY_NAME = 'query Tipo($name: String!) { __type(name: $name) { name } }';

// Bodies whose shape is no GraphQL request, each refused by Apollo before its pipeline.
const SHAPES: readonly string[] = [
  '[]',
  '[{"query":"{ __typename }"}]',
  '{}',
  '{"variables":{}}',
  '{"query":42}',
  '{"query":{"kind":"Document","definitions":[]}}',
  '{"query":"{ __typename }","variables":"{}"}',
  '{"query":"{ __typename }","extensions":"{}"}',
  '{"query":"{ __typename }","extensions":[1]}',
  '{"query":"{ __typename }","variables":[1]}',
  '{"query":"{ __typename }","variables":7}',
  '{"query":"{ __typename }","operationName":5}',
  '{"query":""}',
  '{"query":null,"variables":null}',
  '{"query":false}',
];
const ACCEPTS: readonly (string | undefined)[] = [undefined, 'application/json', 'application/graphql-response+json', 'text/html', '*/*'];

async function rawPost(url: string, body: string, headers: Record<string, string | undefined> = {}): Promise<RawAnswer> {
  const sent: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) sent[name] = value;
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: sent, body });
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() };
}

/** Returns the value of one sample of the gateway's /metrics (0 when absent). */
async function metric(url: string, name: string, label: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(label));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

const variableHits = (url: string) => metric(url, 'egob_gateway_cache_hits_total', 'cache="operation_variables"');

describe('the gateway answers what Apollo would refuse before running it, in Apollo\'s words', () => {
  let harness: GatewayHarness;
  let gateway: HarnessGateway;
  let reference: ApolloServer;

  beforeAll(async () => {
    harness = await startGatewayHarness();
    gateway = await harness.startGateway();
    // Apollo Server as the gateway configures it, on a schema of its own: the reference answers.
    reference = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
      persistedQueries: false,
      includeStacktraceInErrorResponses: false,
    });
    await reference.start();
  });

  afterAll(async () => {
    await reference?.stop();
    await harness?.stop();
  });

  async function apolloAnswer(body: string, accept: string | undefined): Promise<RawAnswer> {
    const headers = new HeaderMap([['content-type', 'application/json']]);
    if (accept !== undefined) headers.set('accept', accept);
    const response = await reference.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: JSON.parse(body) as unknown },
      context: async () => ({}),
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete answer');
    return { status: response.status ?? 200, contentType: response.headers.get('content-type') ?? null, body: response.body.string };
  }

  it.each(SHAPES)('%s: the same status, Content-Type and bytes as Apollo Server, whatever the Accept header', async (body) => {
    const subgraphCalls = harness.entities.received.length + harness.identity.received.length;
    for (const accept of ACCEPTS) {
      const expected = await apolloAnswer(body, accept);
      // 406 when the Accept header takes no JSON and Apollo's pipeline (not its HTTP layer) refuses the body.
      expect(expected.status === 400 || (accept === 'text/html' && expected.status === 406)).toBe(true);
      expect(await rawPost(gateway.url, body, { accept })).toEqual(expected);
    }
    expect(harness.entities.received.length + harness.identity.received.length).toBe(subgraphCalls);
  });

  it('judges every one of those shapes itself (none reaches Apollo)', () => {
    for (const body of SHAPES) {
      const request = { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.parse(body) as unknown, remoteAddress: '127.0.0.1' };
      expect(requestShapeError(request) !== null || lacksQuery(request)).toBe(true);
    }
  });

  it('lets well-shaped requests through: null variables, extensions and operationName are no error', async () => {
    const answer = await rawPost(gateway.url, JSON.stringify({ query: '{ territory(code: "02") { name } }', variables: null, extensions: null, operationName: null }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { territory: { name: 'La Paz' } } });
  });

  it('refuses wrongly typed variables of an operation Apollo ran with its very answer, without Apollo or a subgraph call', async () => {
    const bad = JSON.stringify({ query: TERRITORY_BY_CODE, variables: { code: 5 } });
    const first = await rawPost(gateway.url, bad);
    expect(first.status).toBe(400);
    expect(JSON.parse(first.body)).toEqual({
      errors: [
        {
          message: 'Variable "$code" got invalid value 5; String cannot represent a non string value: 5',
          locations: [{ line: 1, column: 17 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const hits = await variableHits(gateway.url);
    const subgraphCalls = harness.entities.received.length;
    for (const accept of [undefined, 'application/graphql-response+json']) {
      expect(await rawPost(gateway.url, bad, { accept })).toEqual({
        ...first,
        contentType: accept === undefined ? first.contentType : 'application/graphql-response+json; charset=utf-8',
      });
    }
    // Missing and null variables of a required type, and an unknown one besides.
    const missing = await rawPost(gateway.url, JSON.stringify({ query: TERRITORY_BY_CODE, variables: { other: 1 } }));
    expect(JSON.parse(missing.body)).toEqual({
      errors: [
        {
          message: 'Variable "$code" of required type "String!" was not provided.',
          locations: [{ line: 1, column: 17 }],
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const none = await rawPost(gateway.url, JSON.stringify({ query: TERRITORY_BY_CODE }));
    expect(none).toEqual(missing);
    const nullCode = await rawPost(gateway.url, JSON.stringify({ query: TERRITORY_BY_CODE, variables: { code: null } }));
    expect(JSON.parse(nullCode.body).errors[0].message).toBe('Variable "$code" of non-null type "String!" must not be null.');
    expect(await variableHits(gateway.url)).toBe(hits + 5);
    expect(harness.entities.received.length).toBe(subgraphCalls);

    // Good variables still run (checked, then passed to Apollo).
    const good = await rawPost(gateway.url, JSON.stringify({ query: TERRITORY_BY_CODE, variables: { code: '020101' } }));
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ data: { territory: { name: 'Nuestra Señora de La Paz' } } });
  });

  it('keeps the answer Apollo gives when the Accept header takes none of its types (406, after execution)', async () => {
    const bad = JSON.stringify({ query: TERRITORY_BY_CODE, variables: { code: 6 } });
    await rawPost(gateway.url, bad);
    const answer = await rawPost(gateway.url, bad, { accept: 'text/html' });
    expect(answer.status).toBe(406);
  });

  it('remembers an operation per operation name: another name in the same document is Apollo\'s to judge', async () => {
    const document = `${TERRITORY_BY_CODE} query Otra { territory(code: "02") { name } }`;
    await rawPost(gateway.url, JSON.stringify({ query: document, operationName: 'PorCodigo', variables: { code: 1 } }));
    const other = await rawPost(gateway.url, JSON.stringify({ query: document, operationName: 'Otra', variables: { code: 1 } }));
    expect(other.status).toBe(200);
    expect(JSON.parse(other.body)).toEqual({ data: { territory: { name: 'La Paz' } } });
  });
});

describe('the variable pre-check in production: per kind of caller', () => {
  let harness: GatewayHarness;
  let gateway: HarnessGateway;
  let dir: string;
  const bearer = async (roles: string[]) => ({ authorization: `Bearer ${await harness.idp.sign({ claims: { roles } })}` });

  beforeAll(async () => {
    harness = await startGatewayHarness();
    dir = mkdtempSync(path.join(tmpdir(), 'egob-precheck-'));
    const manifest = path.join(dir, 'trusted-documents.json');
    writeFileSync(manifest, JSON.stringify(Object.fromEntries([TERRITORIES_BY_LEVEL, TYPE_BY_NAME].map((doc) => [sha256Hex(doc), doc]))));
    gateway = await harness.startGateway({ EGOB_MODE: 'production', TRUSTED_DOCUMENTS_FILE: manifest });
  });

  afterAll(async () => {
    await harness?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a citizen gets no "Did you mean" hint, from Apollo or from the pre-check; a developer gets it from both', async () => {
    const bad = JSON.stringify({ query: TERRITORIES_BY_LEVEL, variables: { level: 'MUNICIPALIDAD' } });
    const citizen = await bearer(['citizen']);
    const developer = await bearer(['developer']);
    const hinted = 'Variable "$level" got invalid value "MUNICIPALIDAD"; Value "MUNICIPALIDAD" does not exist in "TerritoryLevel" enum. Did you mean the enum value "MUNICIPALITY"?';
    const hits = await variableHits(gateway.url);
    for (const [headers, message] of [
      [citizen, 'Variable "$level" got invalid value "MUNICIPALIDAD"; Value "MUNICIPALIDAD" does not exist in "TerritoryLevel" enum.'],
      [developer, hinted],
    ] as const) {
      const first = await rawPost(gateway.url, bad, headers);
      expect(first.status).toBe(400);
      expect(JSON.parse(first.body).errors).toEqual([{ message, locations: [{ line: 1, column: 16 }], extensions: { code: 'BAD_USER_INPUT' } }]);
      expect(await rawPost(gateway.url, bad, headers)).toEqual(first);
    }
    expect(await variableHits(gateway.url)).toBe(hits + 2);
    const good = await rawPost(gateway.url, JSON.stringify({ query: TERRITORIES_BY_LEVEL, variables: { level: 'DEPARTMENT' } }), citizen);
    expect(JSON.parse(good.body)).toEqual({ data: { territories: [{ code: '02' }] } });
  });

  it('an introspection operation a developer ran is still refused to a citizen for what it is, not for its variables', async () => {
    const developer = await bearer(['developer']);
    const ran = await rawPost(gateway.url, JSON.stringify({ query: TYPE_BY_NAME, variables: { name: 'Territory' } }), developer);
    expect(JSON.parse(ran.body)).toEqual({ data: { __type: { name: 'Territory' } } });
    const developerBad = await rawPost(gateway.url, JSON.stringify({ query: TYPE_BY_NAME, variables: { name: 3 } }), developer);
    expect(JSON.parse(developerBad.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const citizen = await bearer(['citizen']);
    for (let i = 0; i < 2; i++) {
      const refused = await rawPost(gateway.url, JSON.stringify({ query: TYPE_BY_NAME, variables: { name: 3 } }), citizen);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body).errors).toEqual([
        { message: 'La introspección del esquema no está disponible para este usuario en producción.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ]);
    }
  });
});
