import { SignJWT, generateKeyPair } from 'jose';
import { CONTEXT_TOKEN_HEADER, CONTEXT_TOKEN_ISSUER } from '@egob/context-token';
import { DEMO_CITIZEN, demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import type { TestKeys } from '@egob/test-kit';
import subgraph from '@egob/identity';

let server: TestSubgraph<unknown>;
let keys: TestKeys;
let url: string;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { citizens: 300 });
  ({ keys, url } = server);
});

afterAll(async () => {
  await server?.stop();
});

// These tests are about the data: they read as a platform admin (rules have their own tests).
const ADMIN = { subject: '3000004', roles: ['citizen', 'platform:admin'] };

async function post(query: string, variables: Record<string, unknown> = {}, token?: string | null) {
  const response = await server.post<any>(query, variables, token === undefined ? { context: ADMIN } : { token });
  return { status: response.status, sqlStatements: response.sqlStatements, body: response.body as any };
}

describe('identity subgraph', () => {
  it('answers the demo citizen with exact values', async () => {
    const { status, body } = await post('{ citizen(ci: "1234567") { ci ciNumber complement names firstSurname secondSurname fullName birthDate residence { code } } }');
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        citizen: {
          ci: '1234567',
          ciNumber: '1234567',
          complement: null,
          names: DEMO_CITIZEN.names,
          firstSurname: 'Mamani',
          secondSurname: 'Quispe',
          fullName: 'Juana Rosa Mamani Quispe',
          birthDate: '1988-04-12',
          residence: { code: '020101' },
        },
      },
    });
  });

  it('finds a citizen with a complement, and returns null for an unknown CI', async () => {
    const withComplement = demoCitizenAt(250);
    expect(withComplement.complement).not.toBeNull();
    const { body } = await post('query ($ci: ID!) { citizen(ci: $ci) { ci complement } missing: citizen(ci: "99999999") { ci } }', { ci: withComplement.ci });
    expect(body.data).toEqual({ citizen: { ci: withComplement.ci, complement: withComplement.complement }, missing: null });
  });

  it('pages through citizens without overlap, with the total', async () => {
    const first = await post('{ citizens(first: 100) { nodes { ci } pageInfo { hasNextPage endCursor } totalCount } }');
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.citizens.nodes).toHaveLength(100);
    expect(first.body.data.citizens.totalCount).toBe(300);
    expect(first.body.data.citizens.pageInfo.hasNextPage).toBe(true);
    const seen = new Set<string>(first.body.data.citizens.nodes.map((n: { ci: string }) => n.ci));
    let cursor: string | null = first.body.data.citizens.pageInfo.endCursor;
    while (cursor) {
      const page = await post('query ($after: String) { citizens(first: 100, after: $after) { nodes { ci } pageInfo { hasNextPage endCursor } } }', { after: cursor });
      for (const node of page.body.data.citizens.nodes) {
        expect(seen.has(node.ci)).toBe(false);
        seen.add(node.ci);
      }
      cursor = page.body.data.citizens.pageInfo.hasNextPage ? page.body.data.citizens.pageInfo.endCursor : null;
    }
    expect(seen.size).toBe(300);
  });

  it('resolves 100 references in a constant number of SQL statements', async () => {
    const representations = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'Citizen', ci: demoCitizenAt(i).ci }));
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ci names } } }';
    const ten = await post(query, { r: representations(10) });
    const hundred = await post(query, { r: representations(100) });
    expect(hundred.body.data._entities).toHaveLength(100);
    expect(hundred.body.data._entities[0]).toEqual({ ci: '1234567', names: DEMO_CITIZEN.names });
    expect(hundred.sqlStatements).toBe(ten.sqlStatements);
    // One SELECT, and one INSERT of the 100 audit events into the outbox.
    expect(hundred.sqlStatements).toBe(2);
  });

  it('refuses bad input with clear errors and no 500', async () => {
    const badCi = await post('{ citizen(ci: "12; DROP TABLE citizen") { ci } }');
    expect(badCi.status).toBe(200);
    expect(badCi.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badCi.body.errors[0].message).toMatch(/^Cédula de identidad inválida/);
    const badFirst = await post('{ citizens(first: 1000) { nodes { ci } } }');
    expect(badFirst.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const badCursor = await post('{ citizens(after: "not-a-cursor!") { nodes { ci } } }');
    expect(badCursor.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const syntax = await post('{ citizen(ci: ');
    expect(syntax.status).toBe(400);
    expect(syntax.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const notJson = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_TOKEN_HEADER]: await keys.token('identity') }, body: '{"query": ' });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('context token at the identity subgraph', () => {
  const query = '{ citizen(ci: "1234567") { names } }';

  it('refuses a request without a token', async () => {
    const { status, body } = await post(query, {}, null);
    expect(status).toBe(401);
    expect(body.errors[0]).toEqual({ message: 'Solicitud rechazada: missing context token', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a token made for another subgraph', async () => {
    const { status, body } = await post(query, {}, await keys.token('entities'));
    expect(status).toBe(401);
    expect(body.errors[0].message).toBe('Solicitud rechazada: context token made for another subgraph');
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { privateKeyPem } = keys;
    const { createPrivateKey } = await import('node:crypto');
    const expired = await new SignJWT({ roles: [], rid: 'r1' })
      .setProtectedHeader({ alg: 'EdDSA', kid: keys.signer.keyId })
      .setIssuer(CONTEXT_TOKEN_ISSUER)
      .setSubject('anonymous')
      .setAudience('identity')
      .setIssuedAt(now - 120)
      .setExpirationTime(now - 60)
      .sign(createPrivateKey(privateKeyPem));
    const { status, body } = await post(query, {}, expired);
    expect(status).toBe(401);
    expect(body.errors[0].message).toBe('Solicitud rechazada: expired context token');
  });

  it('refuses a token forged with another key, even with the gateway key id', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ roles: ['admin'], rid: 'r2' })
      .setProtectedHeader({ alg: 'EdDSA', kid: keys.signer.keyId })
      .setIssuer(CONTEXT_TOKEN_ISSUER)
      .setSubject('1234567')
      .setAudience('identity')
      .setIssuedAt(now)
      .setExpirationTime(now + 60)
      .sign(privateKey);
    const { status, body } = await post(query, {}, forged);
    expect(status).toBe(401);
    expect(body.errors[0].message).toBe('Solicitud rechazada: forged context token (bad signature)');
  });

  it('refuses garbage and an unsigned (alg none) token', async () => {
    expect((await post(query, {}, 'not-a-jwt')).status).toBe(401);
    const header = Buffer.from(JSON.stringify({ alg: 'none', kid: keys.signer.keyId })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'x', aud: 'identity', iss: CONTEXT_TOKEN_ISSUER })).toString('base64url');
    const unsigned = await post(query, {}, `${header}.${payload}.`);
    expect(unsigned.status).toBe(401);
  });
});
