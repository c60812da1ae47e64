import { getIntrospectionQuery } from 'graphql';
import { EXPLORER_DEFAULT_QUERY } from '../src';
import { startGatewayHarness, type GatewayHarness, type HarnessGateway } from './helpers/gateway-harness';

const TERRITORY_QUERY = '{ territory(code: "020101") { name department { name } } }';
const TERRITORY_ANSWER = { data: { territory: { name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } } } };

/** `{ territory(code: "02") { department { department { … name } } } }` with `levels` departments: depth levels + 2. */
const nested = (levels: number) => `{ territory(code: "02") { ${'department { '.repeat(levels)}name${' }'.repeat(levels)} } }`;

describe('operation limits (graphql-armor), with the default limits', () => {
  let harness: GatewayHarness;
  let gateway: HarnessGateway;

  beforeAll(async () => {
    harness = await startGatewayHarness();
    gateway = await harness.startGateway();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  afterEach(async () => {
    // Whatever was refused, the gateway still answers a normal query.
    const after = await gateway.query(TERRITORY_QUERY);
    expect(after.status).toBe(200);
    expect(after.body).toEqual(TERRITORY_ANSWER);
  });

  const refusal = (message: string, code = 'GRAPHQL_VALIDATION_FAILED') => ({ errors: [{ message, extensions: { code } }] });

  it('lets the portal-sized queries through: the explorer default query and a full introspection', async () => {
    expect((await gateway.query(EXPLORER_DEFAULT_QUERY)).status).toBe(200);
    const introspection = await gateway.query(getIntrospectionQuery());
    expect(introspection.status).toBe(200);
    expect(introspection.body.errors).toBeUndefined();
    expect((await gateway.query(nested(10))).status).toBe(200);
  });

  it('refuses a depth bomb', async () => {
    harness.entities.received.length = 0;
    const response = await gateway.query(nested(20));
    expect(response.status).toBe(400);
    // Its cost (exponential in depth) is over the limit too: both are named.
    expect(response.body).toEqual({
      errors: [
        { message: expect.stringMatching(/^Syntax Error: Query Cost limit of 5000 exceeded, found [\d.]+\.$/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        { message: 'Syntax Error: Query depth limit of 12 exceeded, found 22.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      ],
    });
    expect(harness.entities.received).toEqual([]);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `t${i}: territory(code: "02") { name }`).join(' ');
    const response = await gateway.query(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(refusal('Syntax Error: Aliases limit of 15 exceeded, found 40.'));
  });

  it('refuses a query over the cost limit', async () => {
    const fields = Array.from({ length: 15 }, (_, i) => `t${i}: territory(code: "02") { ${'department { '.repeat(9)}name ${'name '.repeat(20)}${' }'.repeat(9)} }`).join(' ');
    const response = await gateway.query(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.message).toMatch(/^Syntax Error: Query Cost limit of 5000 exceeded, found [\d.]+\.$/);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses too many directives', async () => {
    const response = await gateway.query(`{ ${'__typename @skip(if: false) '.repeat(60)}}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(refusal('Syntax Error: Directives limit of 50 exceeded, found 60.'));
  });

  it('refuses a document over the token limit before parsing it', async () => {
    const response = await gateway.query(`{ ${'__typename '.repeat(2_100)}}`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(refusal('Syntax Error: Token limit of 2000 exceeded.'));
  });

  it('refuses a batched array (batching off)', async () => {
    const response = await gateway.post([{ query: TERRITORY_QUERY }, { query: TERRITORY_QUERY }]);
    expect(response.status).toBe(400);
    expect(response.body).toEqual(
      refusal('Operation batching disabled.', 'BAD_REQUEST'),
    );
  });

  it('keeps CSRF prevention: a GET without a preflight header is refused, with one it answers', async () => {
    const url = `${gateway.url}/graphql?query=${encodeURIComponent(TERRITORY_QUERY)}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    expect(((await simple.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await preflighted.json()).toEqual(TERRITORY_ANSWER);
  });
});

describe('operation limits from the environment', () => {
  let harness: GatewayHarness;

  beforeAll(async () => {
    harness = await startGatewayHarness();
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('MAX_DEPTH, MAX_ALIASES, MAX_TOKENS, MAX_COST and MAX_DIRECTIVES set the limits', async () => {
    const gateway = await harness.startGateway({ MAX_DEPTH: '3', MAX_ALIASES: '1', MAX_TOKENS: '30', MAX_COST: '10', MAX_DIRECTIVES: '1' });
    const messagesOf = async (text: string) => ((await gateway.query(text)).body.errors ?? []).map((error) => error.message);
    expect((await gateway.query('{ territory(code: "02") { name } }')).status).toBe(200);
    expect(await messagesOf(nested(2))).toContain('Syntax Error: Query depth limit of 3 exceeded, found 4.');
    expect(await messagesOf('{ a: territory(code: "02") { name } b: territory(code: "02") { name } }')).toContain(
      'Syntax Error: Aliases limit of 1 exceeded, found 2.',
    );
    expect(await messagesOf(`{ ${'__typename '.repeat(31)}}`)).toEqual(['Syntax Error: Token limit of 30 exceeded.']);
    expect(await messagesOf('{ __typename @skip(if: false) @include(if: true) }')).toEqual([
      'Syntax Error: Directives limit of 1 exceeded, found 2.',
    ]);
    expect(await messagesOf('{ territory(code: "02") { name code name code name code name code } }')).toEqual([
      'Syntax Error: Query Cost limit of 10 exceeded, found 14.',
    ]);
  });
});
