import { SUPERGRAPH_ID_HEADER } from '@egob/gateway';
import { startFederationStack, waitFor, type FederationStack } from '../support/federation-stack';
import { DEMO_LOGINS } from '@egob/test-kit';

const CROSS_QUERY = '{ citizen(ci: "1234567") { names residence { name department { name } } } }';
const EXPECTED = { data: { citizen: { names: 'Juana Rosa', residence: { name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } } } } };
const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

let stack: FederationStack;
/** The demo citizen, signed in: the cross-subgraph query reads her own data. */
let asCitizen: Record<string, string>;

beforeAll(async () => {
  stack = await startFederationStack('resil', { citizens: 20 });
  asCitizen = { authorization: `Bearer ${await stack.login(DEMO_LOGINS.citizen)}` };
});

afterAll(async () => {
  await stack?.stop();
});

async function publish(name: string, sdl: string, url = 'http://127.0.0.1:9/graphql') {
  const response = await fetch(`${stack.registryUrl}/subgraphs/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sdl, url, version: 'test', owner: 'AGETIC' }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function currentSupergraphId(): Promise<string> {
  return ((await (await fetch(`${stack.registryUrl}/supergraph`)).json()) as { id: string }).id;
}

describe('registry and gateway together', () => {
  it('refuses a publish that fails composition, and the gateway keeps serving the old graph', async () => {
    const before = await currentSupergraphId();
    const rogue = `${LINK}\ntype Query { rogue: String }\ntype Citizen @key(fields: "ci") { ci: ID! names: Int }`;
    const refused = await publish('rogue', rogue);
    expect(refused.status).toBe(422);
    expect(refused.body.ok).toBe(false);
    expect(refused.body.error.code).toBe('COMPOSITION_FAILED');
    expect(refused.body.error.errors.length).toBeGreaterThan(0);
    expect(await currentSupergraphId()).toBe(before);
    const listed = (await (await fetch(`${stack.registryUrl}/subgraphs`)).json()) as { subgraphs: Array<{ name: string }> };
    expect(listed.subgraphs.map((s) => s.name)).toEqual(['entities', 'identity']);
    const served = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...asCitizen }, body: JSON.stringify({ query: CROSS_QUERY }) });
    expect(served.headers.get(SUPERGRAPH_ID_HEADER)).toBe(before);
    expect(await served.json()).toEqual(EXPECTED);
  });

  it('hot-swaps to a new supergraph when a compatible subgraph is published', async () => {
    const before = stack.gateway.supergraphId();
    const accepted = await publish('extra', `${LINK}\ntype Query { "Saludo." extraHello: String }`);
    expect(accepted.status).toBe(201);
    await waitFor(() => stack.gateway.supergraphId() === accepted.body.supergraph.id, 5_000, 'the gateway to load the new supergraph');
    expect(stack.gateway.supergraphId()).not.toBe(before);
    const { body } = await stack.query('{ __type(name: "Query") { fields { name } } }');
    expect(body.data.__type.fields.map((f: { name: string }) => f.name)).toContain('extraHello');
  });

  it('keeps serving when the registry dies, and a new gateway starts from the disk cache', async () => {
    const servingId = stack.gateway.supergraphId();
    await stack.stopRegistry();
    await new Promise((r) => setTimeout(r, 300));
    expect(await stack.query(CROSS_QUERY, {}, undefined, asCitizen)).toEqual({ status: 200, body: EXPECTED });
    expect(stack.gateway.supergraphId()).toBe(servingId);

    const second = await stack.startGateway(stack.registryUrl);
    expect(second.app.supergraphId()).toBe(servingId);
    expect(await stack.query(CROSS_QUERY, {}, second.url, asCitizen)).toEqual({ status: 200, body: EXPECTED });
  });
});
