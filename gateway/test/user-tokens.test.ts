import { findClosedPort } from './helpers/fake-registry';
import { createIdentityKey } from './helpers/fake-identity';
import { startGatewayHarness, type GatewayHarness, type HarnessGateway } from './helpers/gateway-harness';

const CITIZEN_QUERY = '{ citizen(ci: "1234567") { names } }';
const CITIZEN_ANSWER = { data: { citizen: { names: 'Juana Mamani Quispe' } } };
const INVALID_TOKEN = { errors: [{ message: 'Token inválido o vencido.', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('user tokens (docs/access-control.md)', () => {
  let harness: GatewayHarness;
  let gateway: HarnessGateway;

  beforeAll(async () => {
    harness = await startGatewayHarness();
    gateway = await harness.startGateway();
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await harness?.stop();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('without a token the request is anonymous', async () => {
    const response = await gateway.query(CITIZEN_QUERY, { 'x-request-id': 'anon-1' });
    expect(response.body).toEqual(CITIZEN_ANSWER);
    expect(await harness.lastContext()).toEqual({
      ok: true,
      context: { subject: 'anonymous', roles: [], actingEntity: null, purpose: null, requestId: 'anon-1' },
    });
  });

  it("passes a citizen's subject and roles to the subgraph", async () => {
    const token = await harness.idp.sign();
    const response = await gateway.query(CITIZEN_QUERY, { ...bearer(token), 'x-request-id': 'cit-1' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(CITIZEN_ANSWER);
    expect(await harness.lastContext()).toEqual({
      ok: true,
      context: { subject: '1234567', roles: ['citizen'], actingEntity: null, purpose: null, requestId: 'cit-1' },
    });
  });

  it('adds the entity roles of the acting entity named by x-egob-acting-entity, and the purpose', async () => {
    const token = await harness.idp.sign({
      claims: { sub: '7654321', entity_roles: { SEDES_LP: ['health:clinician'], MINEDU: ['education:registrar'] } },
    });
    const response = await gateway.query(CITIZEN_QUERY, {
      ...bearer(token),
      'x-egob-acting-entity': 'SEDES_LP',
      'x-egob-purpose': 'Atención de emergencia',
      'x-request-id': 'srv-1',
    });
    expect(response.body).toEqual(CITIZEN_ANSWER);
    expect(await harness.lastContext()).toEqual({
      ok: true,
      context: {
        subject: '7654321',
        roles: ['citizen', 'health:clinician'],
        actingEntity: 'SEDES_LP',
        purpose: 'Atención de emergencia',
        requestId: 'srv-1',
      },
    });
  });

  it('takes the only entity of the token when no header names one; none when there are several', async () => {
    const single = await harness.idp.sign({ claims: { sub: '7654321', roles: ['citizen', 'analyst'], entity_roles: { MTEPS: ['labor:inspector'] } } });
    await gateway.query(CITIZEN_QUERY, { ...bearer(single), 'x-request-id': 'srv-2' });
    expect(await harness.lastContext()).toEqual({
      ok: true,
      context: { subject: '7654321', roles: ['citizen', 'analyst', 'labor:inspector'], actingEntity: 'MTEPS', purpose: null, requestId: 'srv-2' },
    });
    const several = await harness.idp.sign({ claims: { entity_roles: { MTEPS: ['labor:inspector'], MINEDU: ['education:registrar'] } } });
    await gateway.query(CITIZEN_QUERY, { ...bearer(several), 'x-request-id': 'srv-3' });
    expect(await harness.lastContext()).toEqual({
      ok: true,
      context: { subject: '1234567', roles: ['citizen'], actingEntity: null, purpose: null, requestId: 'srv-3' },
    });
  });

  it('refuses an acting entity the token does not hold with 403 FORBIDDEN (also for anonymous callers)', async () => {
    const token = await harness.idp.sign({ claims: { entity_roles: { MINEDU: ['education:registrar'] } } });
    const forbidden = { errors: [{ message: 'El usuario no actúa por esa entidad.', extensions: { code: 'FORBIDDEN' } }] };
    harness.identity.received.length = 0;
    const response = await gateway.query(CITIZEN_QUERY, { ...bearer(token), 'x-egob-acting-entity': 'SEDES_LP' });
    expect(response.status).toBe(403);
    expect(response.body).toEqual(forbidden);
    const anonymous = await gateway.query(CITIZEN_QUERY, { 'x-egob-acting-entity': 'SEDES_LP' });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body).toEqual(forbidden);
    expect(harness.identity.received).toEqual([]);
  });

  describe('each bad token gets 401 UNAUTHENTICATED, and the gateway keeps serving', () => {
    const badTokens: [string, () => Promise<string>][] = [
      ['not a JWT', async () => 'esto-no-es-un-token'],
      ['expired beyond the 30 s tolerance', () => harness.idp.sign({ issuedAt: -400, expiresIn: -31 })],
      ['issued more than 10 minutes ago', () => harness.idp.sign({ issuedAt: -700, expiresIn: 60 })],
      ['forged: signed by another key under the published kid', async () => harness.idp.sign({ key: await createIdentityKey('key-1') })],
      ['wrong audience', () => harness.idp.sign({ claims: { aud: 'egob-portal' } })],
      ['wrong issuer', () => harness.idp.sign({ claims: { iss: 'https://evil.example' } })],
      ['not an access token (typ)', () => harness.idp.sign({ typ: 'JWT' })],
      ['without exp', () => harness.idp.sign({ claims: { exp: undefined } })],
      ['roles that are not a list of strings', () => harness.idp.sign({ claims: { roles: 'platform:admin' } })],
      ['entity_roles that are not lists of strings', () => harness.idp.sign({ claims: { entity_roles: { MINEDU: 'education:registrar' } } })],
      [
        'tampered payload',
        async () => {
          const [header, , signature] = (await harness.idp.sign()).split('.');
          const payload = Buffer.from(JSON.stringify({ sub: '1', roles: ['platform:admin'], aud: 'egob-gateway' })).toString('base64url');
          return `${header}.${payload}.${signature}`;
        },
      ],
      [
        'alg none',
        async () => {
          const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: 'key-1' })).toString('base64url');
          const payload = Buffer.from(JSON.stringify({ sub: '1', iss: harness.idp.issuer, aud: 'egob-gateway' })).toString('base64url');
          return `${header}.${payload}.`;
        },
      ],
    ];

    it.each(badTokens)('%s', async (_name, make) => {
      harness.identity.received.length = 0;
      const response = await gateway.query(CITIZEN_QUERY, bearer(await make()));
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
      expect(response.body).toEqual(INVALID_TOKEN);
      expect(harness.identity.received).toEqual([]);
      expect((await gateway.query(CITIZEN_QUERY)).body).toEqual(CITIZEN_ANSWER);
    });

    it('an Authorization header that is not Bearer', async () => {
      const response = await gateway.query(CITIZEN_QUERY, { authorization: 'Basic dXNlcjpwYXNz' });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(INVALID_TOKEN);
    });
  });

  it('accepts a token expired less than 30 s ago (clock tolerance)', async () => {
    const token = await harness.idp.sign({ issuedAt: -300, expiresIn: -20 });
    expect((await gateway.query(CITIZEN_QUERY, bearer(token))).body).toEqual(CITIZEN_ANSWER);
  });

  it('caches the JWKS; an unknown kid refetches it at most once per 30 s (key rotation)', async () => {
    const before = harness.idp.jwksRequests;
    expect(before).toBe(1);
    for (let i = 0; i < 3; i += 1) expect((await gateway.query(CITIZEN_QUERY, bearer(await harness.idp.sign()))).status).toBe(200);
    expect(harness.idp.jwksRequests).toBe(1);

    const rotated = await createIdentityKey('key-2');
    harness.idp.keys.push(rotated);
    // Within 30 s of the last fetch: refused without asking identity again.
    const early = await gateway.query(CITIZEN_QUERY, bearer(await harness.idp.sign({ key: rotated })));
    expect(early.status).toBe(401);
    expect(harness.idp.jwksRequests).toBe(1);

    const lateToken = await harness.idp.sign({ key: rotated });
    const oldKeyToken = await harness.idp.sign();
    const unknownKeyToken = await harness.idp.sign({ key: await createIdentityKey('key-3') });
    const now = Date.now();
    // Only jose's JWKS cooldown reads Date.now(); token times are checked against new Date().
    jest.spyOn(Date, 'now').mockImplementation(() => now + 31_000);
    const late = await gateway.query(CITIZEN_QUERY, bearer(lateToken));
    expect(late.body).toEqual(CITIZEN_ANSWER);
    expect(harness.idp.jwksRequests).toBe(2);
    // Both keys of the rotation are accepted from the one fetch.
    expect((await gateway.query(CITIZEN_QUERY, bearer(oldKeyToken))).status).toBe(200);
    const unknown = await gateway.query(CITIZEN_QUERY, bearer(unknownKeyToken));
    expect(unknown.status).toBe(401);
    expect(harness.idp.jwksRequests).toBe(2);
    jest.restoreAllMocks();
  });

  it('answers 503 IDENTITY_UNAVAILABLE while the JWKS is unreachable, anonymous requests still served', async () => {
    const other = await harness.startGateway({ IDENTITY_JWKS_URL: `http://127.0.0.1:${await findClosedPort()}/oauth/jwks` });
    const response = await other.query(CITIZEN_QUERY, bearer(await harness.idp.sign()));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.body).toEqual({
      errors: [
        {
          message: 'No se puede verificar la sesión en este momento; intente de nuevo en unos segundos.',
          extensions: { code: 'IDENTITY_UNAVAILABLE' },
        },
      ],
    });
    expect((await other.query(CITIZEN_QUERY)).body).toEqual(CITIZEN_ANSWER);
    expect((await fetch(`${other.url}/health`)).status).toBe(200);
  });
});
