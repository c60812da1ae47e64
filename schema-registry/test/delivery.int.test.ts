import { lexicographicSortSchema, printSchema } from 'graphql';
import { apiSchemaOf } from '../src/history/api-schema-diff';
import { signSupergraph, verifySupergraph, type SignedSupergraph } from '../src/signing/supergraph-signature';
import { leakingIdentitySdl, privateIdentitySdl, publicEntitiesSdl, publicEntitiesV2Sdl, signingKeyPair } from './contract-fixtures';
import { request, startRegistry, type RegistryHarness } from './registry-harness';
import { createPrivateKey } from 'node:crypto';

const keys = signingKeyPair();
const ENTITIES = { url: 'http://127.0.0.1:4100/graphql', owner: 'AGETIC' };
const IDENTITY = { url: 'http://127.0.0.1:4101/graphql', owner: 'SEGIP' };

let h: RegistryHarness;
let base: string;
const call = (method: string, path: string, options: Parameters<typeof request>[3] = {}) => request(base, method, path, options);
const publish = (name: string, sdl: string, target: { url: string; owner: string }, version = '1.0.0') =>
  call('POST', `/subgraphs/${name}`, { json: { sdl, version, ...target } });

function apiOf(sdl: string): string {
  return printSchema(lexicographicSortSchema(apiSchemaOf(sdl)));
}

beforeAll(async () => {
  h = await startRegistry('delivery', { REGISTRY_SIGNING_KEY: keys.privateKeyPem });
  base = h.server.url;
});

afterAll(async () => {
  await h.close();
});

describe('signed delivery', () => {
  it('answers 404 for both variants before the first publish, and 400 to a bad variant or wait', async () => {
    expect(await call('GET', '/supergraph')).toMatchObject({
      status: 404,
      body: { error: { code: 'NO_SUPERGRAPH', message: 'Todavía no hay supergrafo: ningún subgrafo ha sido publicado.' } },
    });
    expect(await call('GET', '/supergraph?variant=public')).toMatchObject({ status: 404, body: { error: { code: 'NO_SUPERGRAPH' } } });
    expect(await call('GET', '/supergraph?variant=partners')).toMatchObject({
      status: 400,
      body: { error: { code: 'INVALID_VARIANT', message: 'La variante "partners" no existe: use main o public.' } },
    });
    for (const wait of ['0', '31', 'x', '1.5']) {
      expect(await call('GET', `/supergraph?wait=${wait}`)).toMatchObject({ status: 400, body: { error: { code: 'INVALID_REQUEST' } } });
    }
  });

  it('serves { id, variant, sdl, createdAt, sha256, signature } with ETag "<id>.<16 hex>", and the signature verifies', async () => {
    expect((await publish('entities', publicEntitiesSdl, ENTITIES)).status).toBe(201);
    const answer = await call('GET', '/supergraph');
    expect(answer.status).toBe(200);
    const body = answer.body as SignedSupergraph;
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'id', 'sdl', 'sha256', 'signature', 'variant']);
    expect(body).toMatchObject({ id: '1', variant: 'main', createdAt: h.instant(0) });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(answer.headers.get('etag')).toBe(`"1.${body.sha256.slice(0, 16)}"`);
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(verifySupergraph(body, keys.publicKeyPem)).toEqual({ ok: true });
    // The registry's signature is exactly the one made over the protocol's signing string.
    expect(signSupergraph(body, createPrivateKey(keys.privateKeyPem)).signature).toBe(body.signature);
    expect(await call('GET', '/signing-key')).toMatchObject({ status: 200, body: { publicKeyPem: keys.publicKeyPem } });
  });

  it('refuses a tampered body, a tampered hash, a truncated signature, another key and a changed id', async () => {
    const body = (await call('GET', '/supergraph')).body as SignedSupergraph;
    const tamperedSdl = body.sdl.replace('type Query', 'type Query @join__type(graph: ENTITIES)');
    expect(verifySupergraph({ ...body, sdl: tamperedSdl }, keys.publicKeyPem)).toEqual({ ok: false, error: 'SHA256_MISMATCH' });
    const rehashed = signSupergraph({ ...body, sdl: tamperedSdl }, createPrivateKey(signingKeyPair().privateKeyPem));
    expect(verifySupergraph({ ...rehashed, signature: body.signature }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    expect(verifySupergraph({ ...body, signature: body.signature.slice(0, 60) }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    const flipped = `${body.signature[0] === 'A' ? 'B' : 'A'}${body.signature.slice(1)}`;
    expect(verifySupergraph({ ...body, signature: flipped }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    // The last character carries 4 spare bits: another spelling of the same 64 bytes is refused too.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const alias = `${body.signature.slice(0, 85)}${alphabet[alphabet.indexOf(body.signature.at(-1)!) ^ 1]}`;
    expect(Buffer.from(alias, 'base64url')).toEqual(Buffer.from(body.signature, 'base64url'));
    expect(verifySupergraph({ ...body, signature: alias }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    expect(verifySupergraph(body, signingKeyPair().publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    expect(verifySupergraph({ ...body, id: '99' }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
    expect(verifySupergraph({ ...body, variant: 'public' }, keys.publicKeyPem)).toEqual({ ok: false, error: 'BAD_SIGNATURE' });
  });

  it('answers 304 to the ETag it gave, and 200 to a bare id (the foundation ETag) or another tag', async () => {
    const current = await call('GET', '/supergraph');
    const etag = current.headers.get('etag')!;
    const notModified = await call('GET', '/supergraph', { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBeUndefined();
    expect(notModified.headers.get('etag')).toBe(etag);
    expect((await call('GET', '/supergraph', { headers: { 'if-none-match': '"1"' } })).status).toBe(200);
    expect((await call('GET', '/supergraph', { headers: { 'if-none-match': '"1.0000000000000000"' } })).status).toBe(200);
  });

  it('serves the public variant, signed for its variant, without the untagged fields', async () => {
    const answer = await call('GET', '/supergraph?variant=public');
    expect(answer.status).toBe(200);
    const body = answer.body as SignedSupergraph;
    expect(body).toMatchObject({ id: '1', variant: 'public', createdAt: h.instant(0) });
    expect(answer.headers.get('etag')).toBe(`"1.${body.sha256.slice(0, 16)}"`);
    expect(verifySupergraph(body, keys.publicKeyPem)).toEqual({ ok: true });
    expect(apiOf(body.sdl)).toBe(`"""Consultas."""
type Query {
  """Territorio por código."""
  territory(code: ID!): Territory
}

"""Unidad territorial."""
type Territory {
  """Código INE."""
  code: ID!

  """Nombre."""
  name: String!
}`);
    const main = (await call('GET', '/supergraph')).body as SignedSupergraph;
    expect(apiOf(main.sdl)).toContain('population: Int');
  });

  it('refuses a publish whose public variant fails with 422 PUBLIC_VARIANT_FAILED, changing nothing', async () => {
    const before = (await call('GET', '/supergraph')).headers.get('etag');
    const refused = await publish('identity', leakingIdentitySdl, IDENTITY);
    expect(refused.status).toBe(422);
    const body = refused.body as { ok: boolean; error: { code: string; message: string }; checks: { publicVariant: unknown; verdict: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('PUBLIC_VARIANT_FAILED');
    expect(body.error.message).toBe('La variante pública del supergrafo no es válida (1 error); el supergrafo vigente no cambia.');
    expect(body.checks.verdict).toBe('PUBLIC_VARIANT_FAILED');
    expect(body.checks.publicVariant).toEqual({
      ok: false,
      errors: [
        {
          code: 'REFERENCED_INACCESSIBLE',
          message: 'Type "Citizen" is @inaccessible but is referenced by "Query.featuredCitizen", which is in the API schema.',
        },
      ],
    });
    expect((await call('GET', '/supergraph')).headers.get('etag')).toBe(before);
    expect((await call('GET', '/subgraphs/identity')).status).toBe(404);
  });
});

describe('long-poll', () => {
  it('answers a held poll within ~100 ms of a publish, for both variants', async () => {
    const main = await call('GET', '/supergraph');
    const pub = await call('GET', '/supergraph?variant=public');
    const started = Date.now();
    const heldMain = call('GET', '/supergraph?wait=10', { headers: { 'if-none-match': main.headers.get('etag')! } }).then((r) => ({ ...r, at: Date.now() }));
    const heldPublic = call('GET', '/supergraph?variant=public&wait=10', { headers: { 'if-none-match': pub.headers.get('etag')! } }).then((r) => ({
      ...r,
      at: Date.now(),
    }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const published = await publish('identity', privateIdentitySdl, IDENTITY);
    const publishedAt = Date.now();
    expect(published.status).toBe(201);
    const [m, p] = await Promise.all([heldMain, heldPublic]);
    expect(m.status).toBe(200);
    expect((m.body as SignedSupergraph).id).toBe('2');
    expect(p.status).toBe(200);
    expect((p.body as SignedSupergraph).id).toBe('2');
    expect(m.at - started).toBeGreaterThanOrEqual(300);
    expect(m.at - publishedAt).toBeLessThan(100);
    expect(p.at - publishedAt).toBeLessThan(100);
  });

  it('answers 304 when nothing new arrives within wait', async () => {
    const current = await call('GET', '/supergraph');
    const started = Date.now();
    const held = await call('GET', '/supergraph?wait=1', { headers: { 'if-none-match': current.headers.get('etag')! } });
    const elapsed = Date.now() - started;
    expect(held.status).toBe(304);
    expect(held.headers.get('etag')).toBe(current.headers.get('etag'));
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(1500);
  });

  it('answers at once when the ETag is stale, even with wait', async () => {
    const started = Date.now();
    const answer = await call('GET', '/supergraph?wait=30', { headers: { 'if-none-match': '"1.0000000000000000"' } });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('releases held polls when the registry stops', async () => {
    const current = await call('GET', '/supergraph');
    const held = call('GET', '/supergraph?wait=30', { headers: { 'if-none-match': current.headers.get('etag')! } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await h.registry.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect((await held).status).toBe(304);
    // The harness stops it again on close; a fresh registry on the same database takes its place.
    const { createRegistryApp, loadRegistryConfig } = await import('@egob/schema-registry');
    const { createSilentLogger } = await import('@egob/logger');
    h.registry = await createRegistryApp(
      loadRegistryConfig({ PORT: '0', DATABASE_URL: h.database.url, EGOB_MODE: 'test', REGISTRY_SIGNING_KEY: keys.privateKeyPem }),
      { logger: createSilentLogger() },
    );
    await h.registry.start();
  });
});

describe('the public variant across publishes', () => {
  it('gives the public variant the id of the main supergraph it derives from', async () => {
    const restarted = (await h.registry.start()).url;
    const v2 = await request(restarted, 'POST', '/subgraphs/entities', { json: { sdl: publicEntitiesV2Sdl, version: '2.0.0', ...ENTITIES } });
    expect(v2.status).toBe(201);
    const pub = (await request(restarted, 'GET', '/supergraph?variant=public')).body as SignedSupergraph;
    expect(pub.id).toBe((v2.body as { supergraph: { id: string } }).supergraph.id);
    expect(apiOf(pub.sdl)).toContain('area: Int');
    expect(apiOf(pub.sdl)).not.toContain('population');
    expect(apiOf(pub.sdl)).not.toContain('Citizen');
  });
});
