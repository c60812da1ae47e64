import { demoCitizenAt } from '@egob/demo-data';
import { startFederationStack, type FederationStack } from '../support/federation-stack';
import { DEMO_LOGINS } from '@egob/test-kit';

let stack: FederationStack;
/** The demo citizen, signed in: may read her own identity data. */
let asCitizen: Record<string, string>;
/** A platform admin: the only one who may list the register. */
let asAdmin: Record<string, string>;

beforeAll(async () => {
  stack = await startFederationStack('xsub');
  asCitizen = { authorization: `Bearer ${await stack.login(DEMO_LOGINS.citizen)}` };
  asAdmin = { authorization: `Bearer ${await stack.login(DEMO_LOGINS.admin)}` };
});

afterAll(async () => {
  await stack?.stop();
});

describe('the federated graph through the gateway', () => {
  it('answers the cross-subgraph query for the demo citizen with exact values', async () => {
    const { status, body } = await stack.query('{ citizen(ci: "1234567") { names residence { name department { name } } } }', {}, undefined, asCitizen);
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { citizen: { names: 'Juana Rosa', residence: { name: 'Nuestra Señora de La Paz', department: { name: 'La Paz' } } } },
    });
  });

  it('resolves the residence of other citizens too', async () => {
    const person = demoCitizenAt(42);
    const { body } = await stack.query('query ($ci: ID!) { citizen(ci: $ci) { ci residence { code } } }', { ci: person.ci }, undefined, asAdmin);
    expect(body.data.citizen).toEqual({ ci: person.ci, residence: { code: person.residenceCode } });
  });

  it('lists 100 citizens with residence and department in a constant number of SQL statements', async () => {
    const query = 'query ($n: Int!) { citizens(first: $n) { nodes { ci residence { name department { name } } } } }';
    const measure = async (n: number) => {
      const before = { identity: stack.identity.database.sql.total, entities: stack.entities.database.sql.total };
      const { body } = await stack.query(query, { n }, undefined, asAdmin);
      expect(body.errors).toBeUndefined();
      expect(body.data.citizens.nodes).toHaveLength(n);
      return {
        identity: stack.identity.database.sql.total - before.identity,
        entities: stack.entities.database.sql.total - before.entities,
      };
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toEqual(ten);
    expect(hundred.identity).toBe(2); // 1 SELECT + 1 audit outbox INSERT for every citizen read
    expect(hundred.entities).toBeLessThanOrEqual(3);
  });

  it('answers malformed requests with GraphQL errors, never a 500', async () => {
    const syntax = await stack.query('{ citizen(ci: ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknownField = await stack.query('{ citizen(ci: "1234567") { password } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badCi = await stack.query('{ citizen(ci: "abc") { names } }', {}, undefined, asAdmin);
    expect(badCi.status).toBe(200);
    expect(badCi.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const anonymous = await stack.query('{ citizen(ci: "1234567") { names } }');
    expect(anonymous.body).toEqual({ data: { citizen: null }, errors: [expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })] });
    const notJson = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as any).errors[0].message).toEqual(expect.any(String));
  });
});
