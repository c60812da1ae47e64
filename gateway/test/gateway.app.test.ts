import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { createContextVerifier, generateContextKeyPair, type ContextKeyPair } from '@egob/context-token';
import type { RunningServer } from '@egob/http';
import { createSilentLogger } from '@egob/logger';
import { createGatewayApp, EXPLORER_DEFAULT_QUERY, loadGatewayConfig, type GatewayApp } from '../src';
import type { SignedSupergraph } from '../src/supergraph/signed-supergraph';
import { findClosedPort, startFakeRegistry, waitFor, type FakeRegistry } from './helpers/fake-registry';
import { gatewayEnv } from './helpers/gateway-env';
import { composeSupergraph, entitiesSubgraph, identitySubgraph } from './helpers/supergraph-fixtures';
import { createSupergraphSigner, etagOf, type SupergraphSigner } from './helpers/supergraph-signer';
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
  let registryKey: SupergraphSigner;
  let registry: FakeRegistry;
  let v1: SignedSupergraph;
  let v2: SignedSupergraph;
  let dir: string;
  let cacheFile: string;
  let gateway: GatewayApp;
  let running: RunningServer;

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${running.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const query = (text: string, headers: Record<string, string> = {}) => post(JSON.stringify({ query: text }), headers);
  /** POSTs compressed bytes as they are, with their Content-Encoding. */
  const postEncoded = (bytes: Uint8Array, encoding: string, contentType = 'application/json') =>
    fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-encoding': encoding },
      body: new Uint8Array(bytes),
    });
  const firstErrorCode = async (response: Response) =>
    ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code;

  beforeAll(async () => {
    keys = await generateContextKeyPair();
    registryKey = createSupergraphSigner();
    identity = await startTestSubgraph(identitySubgraph());
    identityV2 = await startTestSubgraph(identitySubgraph({ withBirthYear: true }));
    entities = await startTestSubgraph(entitiesSubgraph());
    v1 = registryKey.sign({ id: '1', sdl: composeSupergraph([identity, entities]), createdAt: '2026-11-02T10:00:00.000Z' });
    v2 = registryKey.sign({ id: '2', sdl: composeSupergraph([identityV2, entities]), createdAt: '2026-11-02T11:00:00.000Z' });
    registry = await startFakeRegistry(v1);
    dir = mkdtempSync(path.join(tmpdir(), 'egob-gateway-app-'));
    cacheFile = path.join(dir, 'gateway', 'supergraph.json');
    const config = loadGatewayConfig(
      gatewayEnv({
        REGISTRY_URL: registry.url,
        SUPERGRAPH_CACHE_FILE: cacheFile,
        SUBGRAPH_TIMEOUT_MS: '500',
        // As an .env file holds them: one line with `\n` escapes.
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.replace(/\n/g, '\\n'),
        REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem.replace(/\n/g, '\\n'),
        GATEWAY_ID: 'gw-test',
        USAGE_FLUSH_INTERVAL_MS: '100',
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
    expect(response.headers.get('x-egob-supergraph-id')).toBe('1');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends each subgraph a context token signed for it alone, with the request id and purpose, and no client credentials', async () => {
    // Bearer tokens are verified (test/access-control.test.ts); a cookie must not travel on.
    const response = await query(EXPLORER_DEFAULT_QUERY, {
      'x-request-id': 'req-0001-abc',
      'x-egob-purpose': 'Trámite de prueba',
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

    it('a body over 2 MB', async () => {
      const response = await query(`{ __typename } # ${'x'.repeat(2_100_000)}`);
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        errors: [{ message: 'La solicitud supera el tamaño máximo de 2mb.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    });

    it('a body announced over 2 MB is refused before it is sent, and the connection is not kept', async () => {
      const answer = await rawRequest(running.port, [
        'POST /graphql HTTP/1.1',
        'Host: localhost',
        'Content-Type: application/json',
        'Content-Length: 50000000',
        '',
        '{"query":',
      ]);
      expect(answer.head).toMatch(/^HTTP\/1\.1 413 /);
      expect(answer.head).toMatch(/\r\nconnection: close\r\n/i);
      expect(JSON.parse(answer.body)).toEqual({
        errors: [{ message: 'La solicitud supera el tamaño máximo de 2mb.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
      });
    });

    it('a body over 2 MB once decompressed (a gzip bomb) is refused', async () => {
      const bomb = gzipSync(Buffer.from(JSON.stringify({ query: `{ __typename } # ${' '.repeat(3_000_000)}` })));
      expect(bomb.length).toBeLessThan(10_000);
      const response = await postEncoded(bomb, 'gzip');
      expect(response.status).toBe(413);
      expect(await firstErrorCode(response)).toBe('PAYLOAD_TOO_LARGE');
    });

    it('an unknown content encoding or a charset other than UTF-8: 415 with a Spanish message', async () => {
      const encoded = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-encoding': 'zstd' });
      expect(encoded.status).toBe(415);
      expect(await encoded.json()).toEqual({
        errors: [
          { message: 'Codificación del cuerpo no admitida (se aceptan gzip, deflate y br).', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
        ],
      });
      const latin1 = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json; charset=latin1' });
      expect(latin1.status).toBe(415);
      expect(await firstErrorCode(latin1)).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('a truncated gzip body is a 400, not a 500', async () => {
      const whole = gzipSync(Buffer.from(JSON.stringify({ query: '{ __typename }' })));
      const response = await postEncoded(whole.subarray(0, whole.length - 6), 'gzip');
      expect(response.status).toBe(400);
      expect(await firstErrorCode(response)).toBe('BAD_REQUEST');
    });
  });

  describe('the /graphql endpoint reads what clients send', () => {
    it('a gzip-, deflate- or br-compressed body, and a UTF-8 charset parameter', async () => {
      const body = Buffer.from(JSON.stringify({ query: '{ __typename }' }));
      for (const [encoding, bytes] of [
        ['gzip', gzipSync(body)],
        ['deflate', deflateSync(body)],
        ['br', brotliCompressSync(body)],
      ] as const) {
        const response = await postEncoded(bytes, encoding, 'application/json; charset=UTF-8');
        expect({ encoding, status: response.status, body: await response.json() }).toEqual({
          encoding,
          status: 200,
          body: { data: { __typename: 'Query' } },
        });
      }
    });

    it('/graphql with a query string, a trailing slash or in capitals, and a GET query', async () => {
      for (const target of ['/graphql?x=1', '/graphql/', '/GraphQL']) {
        const response = await fetch(`${running.url}${target}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect({ target, status: response.status }).toEqual({ target, status: 200 });
        expect(response.headers.get('x-egob-supergraph-id')).toMatch(/^\d+$/);
        expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      }
      const get = await fetch(`${running.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('keeps a keep-alive connection serving after a refused request', async () => {
      const answers = await rawRequest(running.port, [
        'POST /graphql HTTP/1.1',
        'Host: localhost',
        'Content-Type: application/json',
        'Content-Length: 5',
        '',
        '{"a":POST /graphql HTTP/1.1',
        'Host: localhost',
        'Content-Type: application/json',
        `Content-Length: ${JSON.stringify({ query: '{ __typename }' }).length}`,
        'Connection: close',
        '',
        JSON.stringify({ query: '{ __typename }' }),
      ]);
      expect(answers.raw.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 400', 'HTTP/1.1 200']);
      expect(answers.raw).toContain('{"data":{"__typename":"Query"}}');
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
    expect(ready.headers.get('x-egob-supergraph-id')).toBe('1');
    expect(gateway.supergraphId()).toBe('1');
  });

  it('wrote the signed supergraph and its ETag to the cache file', () => {
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual({ etag: etagOf(v1), supergraph: v1 });
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

  describe('usage reporting', () => {
    const USAGE_PROBE = `query UsageProbe($ci: String!) {
      citizen(ci: $ci) { ...CitizenParts }
    }
    fragment CitizenParts on Citizen {
      names
      residence { __typename ... on Territory { name department { name } } }
    }`;
    interface Report {
      operationName: string | null;
      clientName: string | null;
      clientVersion: string | null;
      coordinates: string[];
      count: number;
    }
    const reportsOf = (operationName: string) =>
      registry.usage
        .map((u) => u.body as { gateway: string; reports: Report[] })
        .flatMap(({ gateway: id, reports }) => reports.map((r) => ({ ...r, gateway: id })))
        .filter((r) => r.operationName === operationName);
    const countOf = (operationName: string, clientName: string | null) =>
      reportsOf(operationName).filter((r) => r.clientName === clientName).reduce((sum, r) => sum + r.count, 0);

    it('reports the exact coordinates of a query with a fragment and an argument, with client name, version and count', async () => {
      const variables = { ci: '1234567' };
      const body = JSON.stringify({ query: USAGE_PROBE, variables, operationName: 'UsageProbe' });
      for (let i = 0; i < 3; i += 1) {
        const response = await post(body, { 'x-egob-client-name': 'portal-ciudadano', 'x-egob-client-version': '2.0.1' });
        expect(response.status).toBe(200);
      }
      await post(body, { 'apollographql-client-name': 'app-movil' });
      await post(body);
      await waitFor(() => countOf('UsageProbe', 'portal-ciudadano') === 3 && countOf('UsageProbe', null) === 1);
      const expectedCoordinates = [
        'Citizen.names',
        'Citizen.residence',
        'Query.citizen',
        'Query.citizen(ci:)',
        'Territory.department',
        'Territory.name',
      ];
      const reported = (clientName: string | null, clientVersion: string | null) => ({
        operationName: 'UsageProbe',
        clientName,
        clientVersion,
        coordinates: expectedCoordinates,
        lastSeen: expect.any(String),
        gateway: 'gw-test',
      });
      expect(reportsOf('UsageProbe').map(({ count: _count, ...report }) => report)).toEqual(
        expect.arrayContaining([reported('portal-ciudadano', '2.0.1'), reported('app-movil', null), reported(null, null)]),
      );
      expect(countOf('UsageProbe', 'app-movil')).toBe(1);
      expect(registry.usage.every((u) => u.authorization === undefined)).toBe(true);
    });

    it('does not report an operation that failed validation', async () => {
      const response = await query('query BadProbe { citizen(ci: "1234567") { password } }');
      expect(response.status).toBe(400);
      const good = await query('query GoodProbe { territory(code: "02") { name } }');
      expect(good.status).toBe(200);
      // flushUsage sends at once, without waiting for USAGE_FLUSH_INTERVAL_MS.
      await gateway.flushUsage();
      expect(reportsOf('GoodProbe')[0]!.coordinates).toEqual(['Query.territory', 'Query.territory(code:)', 'Territory.name']);
      expect(reportsOf('BadProbe')).toEqual([]);
    });
  });

  describe('supergraph updates (run last: they change what is served)', () => {
    it('hot-swaps to a new registry version through the long-poll', async () => {
      await waitFor(() => registry.waiting() === 1);
      expect(registry.requests.at(-1)).toEqual({ variant: 'main', wait: '25', ifNoneMatch: etagOf(v1) });
      const changed = Date.now();
      registry.serve(v2);
      // How fast is a benchmark figure (npm run bench: publish → every gateway serving), not a test's.
      while (gateway.supergraphId() !== '2' && Date.now() - changed < 5_000) await new Promise((resolve) => setTimeout(resolve, 2));
      expect(gateway.supergraphId()).toBe('2');
      const withBirthYear = await query('{ citizen(ci: "1234567") { birthYear residence { department { name } } } }');
      expect(await withBirthYear.json()).toEqual({
        data: { citizen: { birthYear: 1990, residence: { department: { name: 'La Paz' } } } },
      });
      expect(withBirthYear.headers.get('x-egob-supergraph-id')).toBe('2');
      await waitFor(() => (JSON.parse(readFileSync(cacheFile, 'utf8')) as { supergraph: SignedSupergraph }).supergraph.id === '2');
    });

    it('does not load a tampered supergraph and keeps serving the current one', async () => {
      const v3 = registryKey.sign({ id: '3', sdl: v1.sdl, createdAt: '2026-11-02T12:00:00.000Z' });
      const tampered = { ...v3, sdl: v2.sdl.replace('birthYear: Int', 'birthYear: Int\n  secret: String') };
      registry.serve(tampered);
      await waitFor(() => registry.requests.at(-1)!.ifNoneMatch === etagOf(tampered) && registry.waiting() === 1);
      const response = await query(EXPLORER_DEFAULT_QUERY);
      expect(await response.json()).toEqual(DEMO_ANSWER);
      expect(response.headers.get('x-egob-supergraph-id')).toBe('2');
      expect(gateway.supergraphId()).toBe('2');
      const secret = await query('{ citizen(ci: "1234567") { secret } }');
      expect(secret.status).toBe(400);
    });

    it('refuses a replayed older signed supergraph', async () => {
      registry.serve(v1);
      await waitFor(() => registry.requests.at(-1)!.ifNoneMatch === etagOf(v1) && registry.waiting() === 1);
      const response = await query('{ citizen(ci: "1234567") { birthYear } }');
      expect(await response.json()).toEqual({ data: { citizen: { birthYear: 1990 } } });
      expect(response.headers.get('x-egob-supergraph-id')).toBe('2');
      expect((JSON.parse(readFileSync(cacheFile, 'utf8')) as { supergraph: SignedSupergraph }).supergraph.id).toBe('2');
    });

    it('keeps the current supergraph while the registry is down', async () => {
      await registry.stop();
      await new Promise((resolve) => setTimeout(resolve, 300));
      const whileDown = await query(EXPLORER_DEFAULT_QUERY);
      expect(await whileDown.json()).toEqual(DEMO_ANSWER);
      expect(whileDown.headers.get('x-egob-supergraph-id')).toBe('2');
    });

    it('a second gateway starts from the verified cache file when the registry is unreachable', async () => {
      const second = createGatewayApp(
        loadGatewayConfig(
          gatewayEnv({
            REGISTRY_URL: `http://127.0.0.1:${await findClosedPort()}`,
            SUPERGRAPH_CACHE_FILE: cacheFile,
            CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
            REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem,
          }),
        ),
        { logger: createSilentLogger() },
      );
      try {
        const secondServer = await second.start();
        expect(second.supergraphId()).toBe('2');
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

  describe('other gateways', () => {
    it('refuses a tampered cache file at start: waits for the registry, not ready meanwhile', async () => {
      const otherRegistry = await startFakeRegistry(null);
      const otherCache = path.join(dir, 'tampered', 'supergraph.json');
      const file = { etag: etagOf(v2), supergraph: { ...v2, sdl: v2.sdl.replace('birthYear: Int', 'birthYear: Int\n  secret: String') } };
      mkdirSync(path.dirname(otherCache), { recursive: true });
      writeFileSync(otherCache, JSON.stringify(file));
      const port = await findClosedPort();
      const other = createGatewayApp(
        loadGatewayConfig(
          gatewayEnv({
            PORT: String(port),
            REGISTRY_URL: otherRegistry.url,
            SUPERGRAPH_CACHE_FILE: otherCache,
            CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
            REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem,
          }),
        ),
        { logger: createSilentLogger(), startRetry: { initialMs: 50, maxMs: 100 } },
      );
      const starting = other.start();
      try {
        await waitFor(() => otherRegistry.requests.length >= 3);
        expect(other.supergraphId()).toBeNull();
        expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(503);
        otherRegistry.serve(v2);
        await starting;
        expect(other.supergraphId()).toBe('2');
        expect(JSON.parse(readFileSync(otherCache, 'utf8'))).toEqual({ etag: etagOf(v2), supergraph: v2 });
      } finally {
        await other.stop();
        await starting.catch(() => undefined);
        await otherRegistry.stop();
      }
    });

    it('serves the public variant when configured so, and flushes usage when stopped', async () => {
      const publicRegistry = await startFakeRegistry(v2);
      const publicOne = registryKey.sign({ id: '7', sdl: v1.sdl, createdAt: '2026-11-02T13:00:00.000Z', variant: 'public' });
      publicRegistry.serve(publicOne, 'public');
      const other = createGatewayApp(
        loadGatewayConfig(
          gatewayEnv({
            REGISTRY_URL: publicRegistry.url,
            SUPERGRAPH_CACHE_FILE: path.join(dir, 'public', 'supergraph.json'),
            SUPERGRAPH_VARIANT: 'public',
            CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
            REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem,
            GATEWAY_ID: 'gw-public',
            USAGE_FLUSH_INTERVAL_MS: '3600000',
            REGISTRY_USAGE_KEY: 'usage-secret',
          }),
        ),
        { logger: createSilentLogger() },
      );
      try {
        const server = await other.start();
        expect(other.supergraphId()).toBe('7');
        expect(publicRegistry.requests[0]).toEqual({ variant: 'public', wait: null, ifNoneMatch: undefined });
        const territorio = () =>
          fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-egob-client-name': 'datos-abiertos' },
            body: JSON.stringify({ query: 'query Territorio { territory(code: "02") { name } }' }),
          });
        await territorio();
        await territorio();
        expect(publicRegistry.usage).toEqual([]);
        await other.flushUsage();
        expect(publicRegistry.usage).toHaveLength(1);
        await territorio();
      } finally {
        await other.stop();
        await publicRegistry.stop();
      }
      const report = (count: number) => ({
        authorization: 'Bearer usage-secret',
        body: {
          gateway: 'gw-public',
          reports: [
            {
              operationName: 'Territorio',
              clientName: 'datos-abiertos',
              clientVersion: null,
              coordinates: ['Query.territory', 'Query.territory(code:)', 'Territory.name'],
              count,
              lastSeen: expect.any(String),
            },
          ],
        },
      });
      // Two sent by flushUsage(), the third by stop().
      expect(publicRegistry.usage).toEqual([report(2), report(1)]);
    });
  });
});

/** Sends `lines` (CRLF-joined) on one socket and returns everything answered until the server closes it or 2 s pass. */
function rawRequest(port: number, lines: string[]): Promise<{ raw: string; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const end = raw.indexOf('\r\n\r\n');
      resolve({ raw, head: raw.slice(0, end + 2), body: raw.slice(end + 4) });
    };
    const timer = setTimeout(done, 2_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (raw += chunk));
    socket.on('end', done);
    socket.on('error', (error) => (raw === '' ? reject(error) : done()));
    socket.write(lines.join('\r\n'));
  });
}
