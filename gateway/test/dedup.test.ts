import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContextVerifier, generateContextKeyPair, type ContextVerifier } from '@egob/context-token';
import { createSilentLogger } from '@egob/logger';
import { parse } from 'graphql';
import { createGatewayApp, loadGatewayConfig, type GatewayApp } from '../src';
import { startFakeRegistry, type FakeRegistry } from './helpers/fake-registry';
import { startFakeIdentity, type FakeIdentity } from './helpers/fake-identity';
import { gatewayEnv } from './helpers/gateway-env';
import { composeSupergraph, type SubgraphFixture } from './helpers/supergraph-fixtures';
import { createSupergraphSigner } from './helpers/supergraph-signer';
import { startTestSubgraph, type TestSubgraph } from './helpers/test-subgraph';

/** Subgraph calls per root field, counted by the whoami subgraph. */
const calls = { me: 0, touch: 0 };
// Long enough for every concurrent request of a test to arrive while the first is in flight.
const SUBGRAPH_DELAY_MS = 300;

/** A subgraph that answers who is asking, from the verified context token (what a real subgraph trusts). */
function whoamiSubgraph(verifier: () => ContextVerifier): SubgraphFixture {
  const caller = async (headers: IncomingHttpHeaders) => {
    await new Promise((resolve) => setTimeout(resolve, SUBGRAPH_DELAY_MS));
    const result = await verifier().verify(headers['x-egob-context'] as string | undefined);
    if (!result.ok) throw new Error(result.reason);
    return result.context;
  };
  return {
    name: 'whoami',
    typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query { me: Caller }
      type Mutation { touch: Caller }
      type Caller { subject: String! actingEntity: String roles: [String!]! purpose: String requestId: String! }`),
    resolvers: {
      Query: {
        me: (_: unknown, _args: unknown, context: unknown) => {
          calls.me += 1;
          return caller((context as { headers: IncomingHttpHeaders }).headers);
        },
      },
      Mutation: {
        touch: (_: unknown, _args: unknown, context: unknown) => {
          calls.touch += 1;
          return caller((context as { headers: IncomingHttpHeaders }).headers);
        },
      },
    },
  };
}

interface Answer {
  status: number;
  requestId: string | null;
  body: { data?: { me?: Record<string, unknown>; touch?: Record<string, unknown> }; errors?: unknown[] };
}

describe('in-flight deduplication never gives one caller another caller’s data', () => {
  let verifier: ContextVerifier;
  let whoami: TestSubgraph;
  let registry: FakeRegistry;
  let idp: FakeIdentity;
  let dir: string;
  const gateways: GatewayApp[] = [];
  let url: string;

  const post = async (query: string, headers: Record<string, string> = {}, base = url): Promise<Answer> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as Answer['body'] };
  };
  const bearer = async (sub: string, extra: Record<string, unknown> = {}) =>
    `Bearer ${await idp.sign({ claims: { sub, roles: ['citizen'], entity_roles: {}, ...extra } })}`;
  const startGateway = async (env: Record<string, string> = {}) => {
    const keys = await keysReady;
    const gateway = createGatewayApp(
      loadGatewayConfig(
        gatewayEnv({
          REGISTRY_URL: registry.url,
          SUPERGRAPH_CACHE_FILE: path.join(dir, `gateway-${gateways.length}`, 'supergraph.json'),
          CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
          REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem,
          IDENTITY_ISSUER: idp.issuer,
          USAGE_REPORTING: 'false',
          ...env,
        }),
      ),
      { logger: createSilentLogger() },
    );
    gateways.push(gateway);
    return (await gateway.start()).url;
  };
  const keysReady = generateContextKeyPair();
  const registryKey = createSupergraphSigner();

  beforeAll(async () => {
    const keys = await keysReady;
    verifier = await createContextVerifier({ publicKeysPem: keys.publicKeyPem, audience: 'whoami' });
    whoami = await startTestSubgraph(whoamiSubgraph(() => verifier));
    registry = await startFakeRegistry(registryKey.sign({ id: '1', sdl: composeSupergraph([whoami]), createdAt: '2026-11-02T10:00:00.000Z' }));
    idp = await startFakeIdentity();
    dir = mkdtempSync(path.join(tmpdir(), 'egob-dedup-'));
    url = await startGateway();
  });

  afterAll(async () => {
    for (const gateway of gateways) await gateway.stop();
    await registry?.stop();
    await idp?.stop();
    await whoami?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    calls.me = 0;
    calls.touch = 0;
  });

  it('identical concurrent reads of one caller run once; each response keeps its own request id', async () => {
    const authorization = await bearer('1111111');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post('query Me { me { subject actingEntity roles requestId } }', { authorization, 'x-request-id': `req-${i}` })),
    );
    expect(calls.me).toBe(1);
    expect(answers.map((a) => a.requestId)).toEqual(Array.from({ length: 8 }, (_, i) => `req-${i}`));
    // One subgraph call: the audit record names the request that ran it, for all eight.
    const leader = answers[0]!.body.data!.me!.requestId;
    expect(leader).toMatch(/^req-[0-7]$/);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ data: { me: { subject: '1111111', actingEntity: null, roles: ['citizen'], requestId: leader } } });
    }
  });

  it('two subjects sending the same document at the same time each get their own data', async () => {
    const [alice, bob] = [await bearer('1111111'), await bearer('2222222')];
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => post('{ me { subject roles } }', { authorization: i % 2 === 0 ? alice : bob })),
    );
    expect(answers.map((a) => a.body)).toEqual(
      Array.from({ length: 8 }, (_, i) => ({ data: { me: { subject: i % 2 === 0 ? '1111111' : '2222222', roles: ['citizen'] } } })),
    );
    expect(calls.me).toBe(2);
  });

  it('one subject acting for two entities gets each entity’s data and roles, never the other’s', async () => {
    const authorization = await bearer('3333333', {
      roles: ['analyst'],
      entity_roles: { 'MIN-SALUD': ['health:clinician'], 'MIN-TRABAJO': ['labor:inspector'] },
    });
    const entities = ['MIN-SALUD', 'MIN-TRABAJO', 'MIN-SALUD', 'MIN-TRABAJO', 'MIN-SALUD', 'MIN-TRABAJO'];
    const answers = await Promise.all(
      entities.map((entity) => post('{ me { subject actingEntity roles } }', { authorization, 'x-egob-acting-entity': entity })),
    );
    expect(answers.map((a) => a.body.data!.me)).toEqual(
      entities.map((entity) => ({
        subject: '3333333',
        actingEntity: entity,
        roles: ['analyst', entity === 'MIN-SALUD' ? 'health:clinician' : 'labor:inspector'],
      })),
    );
    expect(calls.me).toBe(2);
  });

  it('different purposes, different variables or an anonymous caller are not shared', async () => {
    const authorization = await bearer('1111111');
    const answers = await Promise.all([
      post('{ me { subject purpose } }', { authorization, 'x-egob-purpose': 'Trámite A' }),
      post('{ me { subject purpose } }', { authorization, 'x-egob-purpose': 'Trámite B' }),
      post('{ me { subject purpose } }', { authorization }),
      post('{ me { subject purpose } }'),
    ]);
    expect(answers.map((a) => a.body.data!.me)).toEqual([
      { subject: '1111111', purpose: 'Trámite A' },
      { subject: '1111111', purpose: 'Trámite B' },
      { subject: '1111111', purpose: null },
      { subject: 'anonymous', purpose: null },
    ]);
    expect(calls.me).toBe(4);
  });

  it('never deduplicates a mutation, even in a document that also holds a query', async () => {
    const authorization = await bearer('1111111');
    const document = 'query Read { me { subject } } mutation Touch { touch { subject } }';
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify({ query: document, operationName: 'Touch' }),
        }).then(async (r) => r.json()),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 4 }, () => ({ data: { touch: { subject: '1111111' } } })));
    expect(calls.touch).toBe(4);
  });

  it('subgraph calls: two documents planned into the same call share it for one caller, not across callers', async () => {
    const [alice, bob] = [await bearer('1111111'), await bearer('2222222')];
    // Different texts (no inbound sharing), one subgraph operation.
    const sameCaller = await Promise.all([post('{ me { subject } }', { authorization: alice }), post('query { me { subject } }', { authorization: alice })]);
    expect(sameCaller.map((a) => a.body)).toEqual([
      { data: { me: { subject: '1111111' } } },
      { data: { me: { subject: '1111111' } } },
    ]);
    expect(calls.me).toBe(1);
    const twoCallers = await Promise.all([post('{ me { subject } }', { authorization: alice }), post('query { me { subject } }', { authorization: bob })]);
    expect(twoCallers.map((a) => a.body)).toEqual([
      { data: { me: { subject: '1111111' } } },
      { data: { me: { subject: '2222222' } } },
    ]);
    expect(calls.me).toBe(3);
  });

  it('with DEDUP=false every request reaches the subgraph', async () => {
    const other = await startGateway({ DEDUP: 'false' });
    const authorization = await bearer('1111111');
    await Promise.all(Array.from({ length: 3 }, () => post('{ me { subject } }', { authorization }, other)));
    expect(calls.me).toBe(3);
  });

  describe('/metrics', () => {
    const metric = (text: string, name: string, labels: string) =>
      Number(new RegExp(`^${name}\\{${labels}\\} (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);

    it('reports bounded caches and deduplication to a loopback caller, and nothing to a relayed one', async () => {
      const small = await startGateway({ DOCUMENT_CACHE_SIZE: '2', QUERY_PLAN_CACHE_SIZE: '2' });
      for (const field of ['subject', 'roles', 'purpose', 'subject']) await post(`{ me { ${field} } }`, {}, small);
      const response = await fetch(`${small}/metrics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      const text = await response.text();
      expect(metric(text, 'egob_gateway_cache_entries', 'worker="1",cache="documents"')).toBe(2);
      expect(metric(text, 'egob_gateway_cache_max_entries', 'worker="1",cache="documents"')).toBe(2);
      expect(metric(text, 'egob_gateway_cache_misses_total', 'worker="1",cache="documents"')).toBe(4);
      expect(metric(text, 'egob_gateway_cache_evictions_total', 'worker="1",cache="documents"')).toBe(2);
      expect(metric(text, 'egob_gateway_cache_entries', 'worker="1",cache="query_plans"')).toBe(2);
      expect(metric(text, 'egob_gateway_cache_evictions_total', 'worker="1",cache="query_plans"')).toBe(2);
      expect(metric(text, 'egob_gateway_dedup_leaders_total', 'worker="1",direction="inbound"')).toBe(4);
      expect(text).toMatch(/^egob_gateway_subgraph_connections\{worker="1",origin="http:\/\/127\.0\.0\.1:\d+"\} \d+$/m);
      expect(text).toMatch(/^process_resident_memory_bytes\{worker="1"\} \d+$/m);

      const relayed = await fetch(`${small}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(relayed.status).toBe(404);
    });

    it('with METRICS_TOKEN, answers only its bearer', async () => {
      const token = 'metrics-token-0123456789';
      const guarded = await startGateway({ METRICS_TOKEN: token });
      expect((await fetch(`${guarded}/metrics`)).status).toBe(404);
      expect((await fetch(`${guarded}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(404);
      const allowed = await fetch(`${guarded}/metrics`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.9' } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('egob_gateway_cache_hits_total{worker="1",cache="user_tokens"}');
    });
  });
});
