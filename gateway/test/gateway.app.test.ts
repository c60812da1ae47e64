import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createContextVerifier, generateContextKeyPair, type ContextKeyPair } from '@egob/context-token';
import type { RunningServer } from '@egob/http';
import { createSilentLogger } from '@egob/logger';
import { createGatewayApp, EXPLORER_DEFAULT_QUERY, loadGatewayConfig, type GatewayApp } from '../src';
import type { SupergraphVersion } from '../src/supergraph/supergraph-version';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';
import { gatewayEnv } from './helpers/gateway-env';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './helpers/supergraph-fixtures';
import { startTestSubgraph, type TestSubgraph } from './helpers/test-subgraph';

const DEMO_ANSWER = {
  data: {
    citizen: {
      names: 'Juana Mamani Quispe',
      residence: { name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } },
    },
  },
};

describe('gateway app', () => {
  let keys: ContextKeyPair;
  let identity: TestSubgraph;
  let identityV2: TestSubgraph;
  let entities: TestSubgraph;
  let registry: FakeRegistry;
  let v1: SupergraphVersion;
  let v2: SupergraphVersion;
  let dir: string;
  let cacheFile: string;
  let gateway: GatewayApp;
  let running: RunningServer;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const query = (text: string, headers: Record<string, string> = {}) => post(JSON.stringify({ query: text }), headers);
  const firstErrorCode = async (response: Response) =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

  beforeAll(async () => {
    keys = await generateContextKeyPair();
    identity = await startTestSubgraph(identitySubgraph());
    identityV2 = await startTestSubgraph(identitySubgraph({ withBirthYear: true }));
    entities = await startTestSubgraph(entitiesSubgraph());
    v1 = {
      id: 'v1',
      sdl: composeSupergraph([identity, entities]),
      createdAt: '2026-11-02T10:00:00.000Z',
    };
    v2 = {
      id: 'v2',
      sdl: composeSupergraph([identityV2, entities]),
      createdAt: '2026-11-02T11:00:00.000Z',
    };
    registry = await startFakeRegistry(v1);
    dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-app-'));
    cacheFile = path.join(dir, 'gateway', 'supergraph.json');
    const config = loadGatewayConfig(
      gatewayEnv({
        REGISTRY_URL: registry.url,
        SUPERGRAPH_CACHE_FILE: cacheFile,
        SUBGRAPH_TIMEOUT_MS: '500',
        // As an .env file holds it: one line with `\n` escapes.
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.replace(/\n/g, '\\n'),
      }),
    );
    gateway = createGatewayApp(config, { logger: createSilentLogger() });
    running = await gateway.start();
  });

  afterAll(async () => {
    await gateway?.stop();
    await registry?.stop().catch(() => undefined);
    await Promise.all([identity, identityV2, entities].map((s) => s?.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    for (const subgraph of [identity, identityV2, entities]) subgraph.received.length = 0;
  });

  it('answers the explorer default query across both subgraphs', async () => {
    const response = await query(EXPLORER_DEFAULT_QUERY);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(DEMO_ANSWER);
    expect(response.headers.get('x-egob-supergraph-id')).toBe('v1');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends each subgraph a context token signed for it alone, with the request id and purpose, and no client credentials', async () => {
    const response = await query(EXPLORER_DEFAULT_QUERY, {
      'x-request-id': 'req-0001-abc',
      'x-egob-purpose': 'Trámite de prueba',
      authorization: 'Bearer client-secret',
      cookie: 'session=client-secret',
    });
    expect(await response.json()).toEqual(DEMO_ANSWER);
    expect(response.headers.get('x-request-id')).toBe('req-0001-abc');
    expect(identity.received).toHaveLength(1);
    expect(entities.received).toHaveLength(1);
    for (const subgraph of [identity, entities]) {
      const headers = subgraph.received[0]!;
      expect(headers.authorization).toBeUndefined();
      expect(headers.cookie).toBeUndefined();
      expect(headers['x-request-id']).toBe('req-0001-abc');
      const verifier = await createContextVerifier({ publicKeysPem: keys.publicKeyPem, audience: subgraph.fixture.name });
      await expect(verifier.verify(headers['x-egob-context'] as string)).resolves.toEqual({
        ok: true,
        context: {
          subject: 'anonymous',
          roles: [],
          actingEntity: null,
          purpose: 'Trámite de prueba',
          requestId: 'req-0001-abc',
        },
      });
    }
    const entitiesVerifier = await createContextVerifier({ publicKeysPem: keys.publicKeyPem, audience: 'entities' });
    await expect(entitiesVerifier.verify(identity.received[0]!['x-egob-context'] as string)).resolves.toEqual({
      ok: false,
      reason: 'context token made for another subgraph',
    });
  });

  it('ignores a malformed request id and an over-long purpose', async () => {
    await query(EXPLORER_DEFAULT_QUERY, { 'x-request-id': 'bad id!', 'x-egob-purpose': 'x'.repeat(201) });
    const verifier = await createContextVerifier({ publicKeysPem: keys.publicKeyPem, audience: 'identity' });
    const result = await verifier.verify(identity.received[0]!['x-egob-context'] as string);
    expect(result.ok && result.context.purpose).toBeNull();
    expect(result.ok && result.context.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  describe('bad input gets a GraphQL error with 400, never a 500', () => {
    it('a body that is not JSON', async () => {
      const response = await post('{"query": "{ citizen');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        errors: [{ message: 'El cuerpo de la solicitud no es JSON válido.', extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('an empty query', async () => {
      const response = await query('');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.',
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    });

    it('a syntax error', async () => {
      const response = await query('{ citizen(ci: "1") { names }');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'Syntax Error: Expected Name, found <EOF>.',
            locations: [{ line: 1, column: 29 }],
            extensions: { code: 'GRAPHQL_PARSE_FAILED' },
          },
        ],
      });
    });

    it('an unknown field', async () => {
      const response = await query('{ citizen(ci: "1") { password } }');
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        errors: [
          {
            message: 'Cannot query field "password" on type "Citizen".',
            locations: [{ line: 1, column: 22 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      });
    });

    it('a JSON body that is not an object, a text/plain body and a batch', async () => {
      const notObject = await post('"{ citizen }"');
      expect(notObject.status).toBe(400);
      expect(await firstErrorCode(notObject)).toBe('BAD_REQUEST');

      const plain = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{ citizen(ci: "1234567") { names } }',
      });
      expect(plain.status).toBe(400);
      expect(await firstErrorCode(plain)).toBe('BAD_REQUEST');

      const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
      expect(batch.status).toBe(400);
      expect(await firstErrorCode(batch)).toBe('BAD_REQUEST');
    });

    it('a body over 100 kB', async () => {
      const response = await query(`{ __typename } # ${'x'.repeat(110_000)}`);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [{ message: 'La solicitud supera el tamaño máximo de 100kb.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    });
  });

  it('masks an unexpected subgraph error: no internal message, no stack', async () => {
    const response = await query('{ broken }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { broken: null },
      errors: [{ message: 'Error interno del servidor', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });

  it('gives up on a subgraph slower than SUBGRAPH_TIMEOUT_MS and names it', async () => {
    const started = Date.now();
    const response = await query('{ slow }');
    expect(Date.now() - started).toBeLessThan(1_400);
    expect(await response.json()).toEqual({
      data: { slow: null },
      errors: [
        {
          message: 'El servicio «identity» no está disponible en este momento.',
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'identity' },
        },
      ],
    });
  });

  it('reports health and readiness, naming the supergraph served', async () => {
    const health = await fetch(`${running.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${running.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: [{ name: 'supergraph', ok: true }] });
    expect(ready.headers.get('x-egob-supergraph-id')).toBe('v1');
    expect(gateway.supergraphId()).toBe('v1');
  });

  it('wrote the supergraph to the cache file', () => {
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual(v1);
  });

  describe('explorer', () => {
    it('serves a Spanish GraphiQL page with a strict CSP and nothing from another origin', async () => {
      const response = await fetch(`${running.url}/explorer`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
          "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      const html = await response.text();
      expect(html).toContain('<html lang="es">');
      expect(html).toContain('<title>Explorador GraphQL — egob</title>');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
      const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((u) => u !== 'data:,');
      expect(urls.map((u) => u.replace(/\.[0-9a-f]{12}\./, '.HASH.'))).toEqual([
        '/explorer/assets/graphiqlCss.HASH.css',
        '/explorer/assets/pageCss.HASH.css',
        '/explorer/assets/react.HASH.js',
        '/explorer/assets/reactDom.HASH.js',
        '/explorer/assets/graphiqlJs.HASH.js',
        '/explorer/assets/init.HASH.js',
      ]);
      for (const url of urls) {
        const asset = await fetch(`${running.url}${url}`);
        expect(asset.status).toBe(200);
        expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        expect(asset.headers.get('content-type')).toMatch(url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
        const text = await asset.text();
        expect(text.length).toBeGreaterThan(20);
        if (url.includes('/init.')) {
          expect(text).toContain('GraphiQL.createFetcher({ url: "/graphql" })');
          expect(text).toContain(JSON.stringify(EXPLORER_DEFAULT_QUERY));
        }
      }
    });

    it('has a default query that starts with the Spanish comment and asks for the demo citizen', () => {
      expect(EXPLORER_DEFAULT_QUERY).toBe(
        '# Consulta federada de ejemplo: ciudadano de demostración (CI 1234567)\n{\n  citizen(ci: "1234567") {\n    names\n    residence { name department { name } }\n  }\n}',
      );
    });

    it('serves only its own assets', async () => {
      for (const name of ['evil.js', 'package.json', '..%2F..%2Fpackage.json', 'graphiql.min.js']) {
        const response = await fetch(`${running.url}/explorer/assets/${name}`);
        expect(response.status).toBe(404);
      }
    });
  });

  describe('supergraph updates (run last: they change what is served)', () => {
    it('hot-swaps to a new registry version, then keeps it while the registry is down or serves garbage', async () => {
      registry.supergraph = v2;
      await waitFor(() => gateway.supergraphId() === 'v2');
      const withBirthYear = await query('{ citizen(ci: "1234567") { birthYear residence { department { name } } } }');
      expect(await withBirthYear.json()).toEqual({
        data: { citizen: { birthYear: 1990, residence: { department: { name: 'La Paz' } } } },
      });
      expect(withBirthYear.headers.get('x-egob-supergraph-id')).toBe('v2');
      await waitFor(() => (JSON.parse(readFileSync(cacheFile, 'utf8')) as SupergraphVersion).id === 'v2');

      registry.supergraph = { id: 'v3-bad', sdl: 'type Query { nope: Int }', createdAt: '2026-11-02T12:00:00.000Z' };
      await waitFor(() => registry.requests.at(-1) === '"v2"' && registry.requests.length > 3);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(gateway.supergraphId()).toBe('v2');

      await registry.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const whileDown = await query(EXPLORER_DEFAULT_QUERY);
      expect(await whileDown.json()).toEqual(DEMO_ANSWER);
      expect(whileDown.headers.get('x-egob-supergraph-id')).toBe('v2');
    });

    it('a second gateway starts from the cache file when the registry is unreachable', async () => {
      const second = createGatewayApp(
        loadGatewayConfig(
          gatewayEnv({
            REGISTRY_URL: `http://127.0.0.1:${await findClosedPort()}`,
            SUPERGRAPH_CACHE_FILE: cacheFile,
            CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
          }),
        ),
        { logger: createSilentLogger() },
      );
      try {
        const secondServer = await second.start();
        expect(second.supergraphId()).toBe('v2');
        const response = await fetch(`${secondServer.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: EXPLORER_DEFAULT_QUERY }),
        });
        expect(await response.json()).toEqual(DEMO_ANSWER);
      } finally {
        await second.stop();
      }
    });
  });
});
