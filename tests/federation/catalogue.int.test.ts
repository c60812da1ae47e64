import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFederationStack, waitFor, type FederationStack } from '../support/federation-stack';
import { DEMO_LOGINS } from '@egob/test-kit';

// The catalogue issue's "done when", end to end: real registry (secured: admin, usage
// and per-entity publish keys, signed delivery), real subgraphs, real gateways.
let stack: FederationStack;
let identitySdl: string;
let identityUrl: string;

/** The demo citizen, signed in (she reads her own data). */
let asCitizen: Record<string, string>;

beforeAll(async () => {
  stack = await startFederationStack('catalogue', { citizens: 10, secured: true });
  asCitizen = { authorization: `Bearer ${await stack.login(DEMO_LOGINS.citizen)}` };
  const current = (await (await fetch(`${stack.registryUrl}/subgraphs/identity`)).json()) as { subgraph: { sdl: string; url: string } };
  identitySdl = current.subgraph.sdl;
  identityUrl = current.subgraph.url;
});

afterAll(async () => {
  await stack?.stop();
});

function withoutField(sdl: string, field: string): string {
  // Drops the field and its description from the Citizen type of identity's printed SDL.
  const pattern = new RegExp(`\\n\\n  """[^"]*"""\\n  ${field}: [^\\n]+`);
  const changed = sdl.replace(pattern, '');
  if (changed === sdl) throw new Error(`field ${field} not found in the SDL`);
  return changed;
}

async function publish(name: string, sdl: string, key: string | null, extra: Record<string, unknown> = {}) {
  const response = await fetch(`${stack.registryUrl}/subgraphs/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ sdl, url: identityUrl, version: 'test', owner: 'AGETIC', ...extra }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function admin(path: string, body: unknown) {
  const response = await fetch(`${stack.registryUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${stack.adminKey}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function supergraphId(variant = 'main'): Promise<string> {
  return ((await (await fetch(`${stack.registryUrl}/supergraph?variant=${variant}`)).json()) as { id: string }).id;
}

describe('checks before publish, from the traffic the gateway reports', () => {
  it('refuses a breaking change to a field an operation uses, naming the operation and the client', async () => {
    const used = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-egob-client-name': 'portal', ...asCitizen },
      body: JSON.stringify({ query: 'query CitizenHome { citizen(ci: "1234567") { names } }', operationName: 'CitizenHome' }),
    });
    expect(await used.json()).toEqual({ data: { citizen: { names: 'Juana Rosa' } } });

    await stack.gateway.flushUsage();
    const refused = await publish('identity', withoutField(identitySdl, 'names'), stack.publishKey);
    expect(refused.status).toBe(409);
    expect(refused.body.ok).toBe(false);
    expect(refused.body.error.code).toBe('BREAKING_CHANGE_IN_USE');
    const affected = refused.body.checks.usage.affected.find((a: { coordinate: string }) => a.coordinate === 'Citizen.names');
    expect(affected.operations).toEqual([expect.objectContaining({ operationName: 'CitizenHome', clientName: 'portal', count: 1 })]);
  });

  it('passes a breaking change to a field nobody used, saying there was no traffic', async () => {
    const before = await supergraphId();
    const accepted = await publish('identity', withoutField(identitySdl, 'birthDate'), stack.publishKey);
    expect(accepted.status).toBe(201);
    expect(accepted.body.checks.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ criticality: 'BREAKING', coordinate: 'Citizen.birthDate' })]),
    );
    expect(accepted.body.checks.usage.message).toMatch(/^Sin tráfico registrado desde .+ para: .*Citizen\.birthDate/);
    expect(await supergraphId()).not.toBe(before);
    identitySdl = withoutField(identitySdl, 'birthDate');
  });

  it('passes the used change when the owner forces it with a reason, and records the reason', async () => {
    const forced = await publish('identity', withoutField(identitySdl, 'names'), stack.publishKey, {
      force: { reason: 'El portal migró a fullName (acta 12/2026)' },
    });
    expect(forced.status).toBe(201);
    const history = (await (await fetch(`${stack.registryUrl}/subgraphs/identity/versions`)).json()) as { versions: Array<{ forcedReason: string | null }> };
    expect(history.versions[0]!.forcedReason).toBe('El portal migró a fullName (acta 12/2026)');
  });

  it("refuses another entity's key", async () => {
    expect((await admin('/owners', { code: 'SEGIP', name: 'Servicio General de Identificación Personal' })).status).toBe(201);
    const segipKey = (await admin('/keys', { owner: 'SEGIP', description: 'otra entidad' })).body.key as string;
    const before = await supergraphId();
    const refused = await publish('identity', identitySdl, segipKey);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    expect((await publish('identity', identitySdl, null)).status).toBe(401);
    expect(await supergraphId()).toBe(before);
  });
});

describe('history, signed delivery and the public variant', () => {
  it('rolls the supergraph back to an earlier version, and the gateway serves it', async () => {
    const versions = (await (await fetch(`${stack.registryUrl}/supergraphs?variant=main`)).json()) as { supergraphs: Array<{ id: string }> };
    // The second supergraph: both subgraphs published, before any check test changed identity.
    const target = versions.supergraphs[versions.supergraphs.length - 2]!.id;
    const oldSdl = ((await (await fetch(`${stack.registryUrl}/supergraphs/${target}`)).json()) as { sdl: string }).sdl;
    const rolled = await admin('/supergraph/rollback', { to: target, reason: 'volver al esquema inicial' });
    expect(rolled.status).toBe(201);
    const newId = rolled.body.supergraph.id as string;
    expect(Number(newId)).toBeGreaterThan(Number(versions.supergraphs[0]!.id));
    expect(((await (await fetch(`${stack.registryUrl}/supergraphs/${newId}`)).json()) as { sdl: string }).sdl).toBe(oldSdl);
    await waitFor(() => stack.gateway.supergraphId() === newId, 5_000, 'the gateway to serve the rolled-back supergraph');
    const { body } = await stack.query('{ citizen(ci: "1234567") { names birthDate } }', {}, undefined, asCitizen);
    expect(body).toEqual({ data: { citizen: { names: 'Juana Rosa', birthDate: '1988-04-12' } } });
    expect((await admin('/supergraph/rollback', { to: '999999', reason: 'no existe' })).status).toBe(404);
    expect(await supergraphId()).toBe(newId);
  });

  it('a gateway refuses a tampered supergraph and keeps serving the last good one', async () => {
    let tamper = false;
    const proxy = http.createServer(async (req, res) => {
      const upstream = await fetch(`${stack.registryUrl}${req.url}`, { headers: req.headers as Record<string, string> });
      const text = await upstream.text();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const etag = upstream.headers.get('etag');
      if (etag) headers.etag = etag;
      if (upstream.status !== 200 || !tamper) return res.writeHead(upstream.status, headers).end(text);
      const body = JSON.parse(text);
      body.sdl = body.sdl.replace('type Query', 'type Query\n  @join__type(graph: IDENTITY)');
      res.writeHead(200, headers).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    try {
      const viaProxy = await stack.startGateway(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, { SUPERGRAPH_CACHE_FILE: `${stack.cacheFile}.proxy` });
      const good = viaProxy.app.supergraphId();
      tamper = true;
      const current = (await (await fetch(`${stack.registryUrl}/subgraphs/identity`)).json()) as { subgraph: { sdl: string } };
      const accepted = await publish('identity', current.subgraph.sdl.replace('type Query {', 'type Query {\n  "Prueba de manipulación."\n  tamperProbe: String'), stack.publishKey);
      expect(accepted.status).toBe(201);
      await waitFor(() => stack.gateway.supergraphId() === accepted.body.supergraph.id, 5_000, 'the direct gateway to load the new supergraph');
      await new Promise((r) => setTimeout(r, 500));
      expect(viaProxy.app.supergraphId()).toBe(good);
      const answer = await stack.query('{ citizen(ci: "1234567") { fullName } }', {}, viaProxy.url, asCitizen);
      expect(answer.body).toEqual({ data: { citizen: { fullName: 'Juana Rosa Mamani Quispe' } } });
    } finally {
      proxy.close();
    }
  });

  it('serves anonymous gateways a public variant without untagged fields', async () => {
    const publicGateway = await stack.startGateway(stack.registryUrl, { SUPERGRAPH_VARIANT: 'public' });
    const { body } = await stack.query('{ __schema { queryType { fields { name } } } }', {}, publicGateway.url);
    const fields = body.data.__schema.queryType.fields.map((f: { name: string }) => f.name).sort();
    expect(fields).toEqual(['issuerPublicKeys', 'publicEntities', 'publicEntity', 'territories', 'territory', 'verifyDocument']);
    const territory = await stack.query('{ territory(code: "02") { name } }', {}, publicGateway.url);
    expect(territory.body).toEqual({ data: { territory: { name: 'La Paz' } } });
    const hidden = await stack.query('{ citizen(ci: "1234567") { names } }', {}, publicGateway.url);
    expect(hidden.status).toBe(400);
    expect(hidden.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('lists who consumes each field in the catalogue', async () => {
    const catalogue = (await (await fetch(`${stack.registryUrl}/catalogue/types`)).json()) as {
      types: Array<{ name: string; fields: Array<{ name: string; consumers: Array<{ clientName: string }> }> }>;
    };
    const query = catalogue.types.find((t) => t.name === 'Query')!;
    const citizen = query.fields.find((f) => f.name === 'citizen')!;
    expect(citizen.consumers.map((c) => c.clientName)).toContain('portal');
  });
});
