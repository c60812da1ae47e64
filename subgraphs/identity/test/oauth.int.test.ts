import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { demoCitizenAt } from '@egob/demo-data';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/identity';
import { createOAuthListener } from '../src/oauth/oauth.listener';
import { createOAuthRouter } from '../src/oauth/oauth.router';
import { encodeBase32, hotp, decodeBase32 } from '../src/credentials/totp';
import { RefreshTokenEntity } from '../src/oauth/refresh-token.entity';
import { CredentialEntity } from '../src/credentials/credential.entity';
import type { IdentityServices } from '../src/services';

const PORTAL = 'egob-portal';
const CALLBACK = 'http://127.0.0.1:4002/auth/callback';
const SECRET = 'test-svc-health-secret-0123456789';
const demo = (index: number) => demoCitizenAt(index).ci;

let server: TestSubgraph<IdentityServices>;
let oauthServer: http.Server;
let issuer: string;
let realNow: () => number;

beforeAll(async () => {
  let route: ReturnType<typeof createOAuthRouter> | undefined;
  const listener = createOAuthListener((request) => route!(request), (error) => { throw error; });
  oauthServer = http.createServer((req, res) => void listener(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => oauthServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(oauthServer.address() as AddressInfo).port}`;
  process.env.IDENTITY_ISSUER = issuer;
  process.env.IDENTITY_SERVICE_CLIENT_SECRETS = `svc-health=${SECRET},svc-education=test-svc-education-secret-0123`;
  server = (await startTestSubgraph(subgraph, { citizens: 6 })) as TestSubgraph<IdentityServices>;
  route = createOAuthRouter(server.app.services);
  realNow = Date.now;
}, 60_000);

afterAll(async () => {
  await new Promise((resolve) => oauthServer?.close(resolve));
  await server?.stop();
});

afterEach(() => jest.restoreAllMocks());

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function authorizeParams(challenge: string, overrides: Record<string, string> = {}) {
  return { response_type: 'code', client_id: PORTAL, redirect_uri: CALLBACK, state: 'st-123', code_challenge: challenge, code_challenge_method: 'S256', scope: 'openid', ...overrides };
}

function form(url: string, body: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(body) });
}

/** Fetches the form, posts the hidden fields plus credentials, and returns the response (a redirect on success). */
async function login(ci: string, password: string, challenge: string, otp = '') {
  const page = await fetch(`${issuer}/oauth/authorize?${new URLSearchParams(authorizeParams(challenge))}`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
  return form(`${issuer}/oauth/authorize`, { ...hidden, ci, password, otp });
}

async function codeFor(ci: string, password: string, otp = '') {
  const { verifier, challenge } = pkce();
  const response = await login(ci, password, challenge, otp);
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(CALLBACK);
  expect(location.searchParams.get('state')).toBe('st-123');
  return { code: location.searchParams.get('code')!, verifier };
}

function exchange(code: string, verifier: string, overrides: Record<string, string> = {}) {
  return form(`${issuer}/oauth/token`, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK, client_id: PORTAL, ...overrides });
}

async function verify(token: string) {
  const jwks = (await (await fetch(`${issuer}/oauth/jwks`)).json()) as JSONWebKeySet;
  return jwtVerify(token, createLocalJWKSet(jwks), { issuer, audience: 'egob-gateway', typ: 'at+jwt', algorithms: ['EdDSA'] });
}

async function refreshRows(ci: string) {
  return server.app.database.dataSource.getRepository(RefreshTokenEntity).findBy({ ci });
}

describe('discovery and JWKS', () => {
  it('serves the discovery document and the JWKS, also on the subgraph port through the kit routes', async () => {
    const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
    expect(discovery).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      jwks_uri: `${issuer}/oauth/jwks`,
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
    });
    const base = server.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/.well-known/openid-configuration`)).json()).toEqual(discovery);
    const jwks = (await (await fetch(`${issuer}/oauth/jwks`)).json()) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(await (await fetch(`${base}/oauth/jwks`)).json()).toEqual(jwks);
  });
});

describe('authorization code with PKCE', () => {
  it('renders an accessible Spanish form with no external resources', async () => {
    const response = await fetch(`${issuer}/oauth/authorize?${new URLSearchParams(authorizeParams(pkce().challenge))}`);
    const html = await response.text();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('<label for="ci">Cédula de identidad</label>');
    expect(html).toContain('<label for="password">Contraseña</label>');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!127)/);
  });

  it('logs in, exchanges the code and issues exactly the contract claims', async () => {
    const { code, verifier } = await codeFor('1234567', 'Demo-1234567');
    const response = await exchange(code, verifier);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type']);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'openid' });
    const { payload, protectedHeader } = await verify(body.access_token as string);
    expect(protectedHeader).toEqual({ alg: 'EdDSA', typ: 'at+jwt', kid: expect.any(String) });
    expect(payload).toEqual({
      iss: issuer,
      sub: '1234567',
      aud: 'egob-gateway',
      iat: expect.any(Number),
      exp: payload.iat! + 300,
      jti: expect.any(String),
      client_id: PORTAL,
      roles: ['citizen'],
      entity_roles: {},
      amr: ['pwd'],
    });
  });

  it('puts roles and entity roles from the database in the token', async () => {
    const clinician = await codeFor(demo(1), `Demo-${demo(1)}`);
    const admin = await codeFor(demo(4), `Demo-${demo(4)}`);
    const clinicianToken = (await (await exchange(clinician.code, clinician.verifier)).json()) as { access_token: string };
    const adminToken = (await (await exchange(admin.code, admin.verifier)).json()) as { access_token: string };
    expect((await verify(clinicianToken.access_token)).payload).toMatchObject({ roles: ['citizen'], entity_roles: { 'MIN-SALUD': ['health:clinician'] } });
    expect((await verify(adminToken.access_token)).payload).toMatchObject({ roles: ['citizen', 'platform:admin'], entity_roles: {} });
  });

  it('refuses a reused code and revokes the tokens issued from it', async () => {
    const { code, verifier } = await codeFor(demo(2), `Demo-${demo(2)}`);
    const first = (await (await exchange(code, verifier)).json()) as { refresh_token: string };
    const again = await exchange(code, verifier);
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
    const refreshed = await form(`${issuer}/oauth/token`, { grant_type: 'refresh_token', refresh_token: first.refresh_token, client_id: PORTAL });
    expect(refreshed.status).toBe(400);
    expect(((await refreshed.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses a PKCE mismatch, a wrong redirect_uri and an expired code, each invalid_grant with nothing changed', async () => {
    const { code, verifier } = await codeFor('1234567', 'Demo-1234567');
    const before = (await refreshRows('1234567')).length;
    const mismatch = await exchange(code, pkce().verifier);
    expect([mismatch.status, ((await mismatch.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
    const wrongRedirect = await exchange(code, verifier, { redirect_uri: 'http://127.0.0.1:4002/other' });
    expect([wrongRedirect.status, ((await wrongRedirect.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
    expect((await refreshRows('1234567')).length).toBe(before);
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 61_000);
    const expired = await exchange(code, verifier);
    expect([expired.status, ((await expired.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
    jest.restoreAllMocks();
    expect((await refreshRows('1234567')).length).toBe(before);
    // None of those refusals used the code up: the genuine client still can.
    expect((await exchange(code, verifier)).status).toBe(200);
  });

  it('never redirects to an unregistered redirect_uri or for an unknown client', async () => {
    const { challenge } = pkce();
    const cases: Array<Record<string, string>> = [{ redirect_uri: 'https://evil.example/cb' }, { client_id: 'unknown' }, { client_id: 'svc-health' }];
    for (const overrides of cases) {
      const response = await fetch(`${issuer}/oauth/authorize?${new URLSearchParams(authorizeParams(challenge, overrides))}`, { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.text()).toContain('Solicitud de inicio de sesión inválida');
    }
  });

  it('requires PKCE S256 and state: redirects back with invalid_request', async () => {
    const { challenge } = pkce();
    const cases: Array<Record<string, string>> = [{ code_challenge_method: 'plain' }, { code_challenge: '' }, { state: '' }];
    for (const overrides of cases) {
      const response = await fetch(`${issuer}/oauth/authorize?${new URLSearchParams(authorizeParams(challenge, overrides))}`, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(new URL(response.headers.get('location')!).searchParams.get('error')).toBe('invalid_request');
    }
  });
});

describe('credentials', () => {
  it('answers a wrong password and an unknown CI identically, in similar time', async () => {
    const { challenge } = pkce();
    const t0 = realNow();
    const wrong = await login(demo(1), 'nope', challenge);
    const t1 = realNow();
    const unknown = await login('99999999', 'nope', challenge);
    const t2 = realNow();
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const errorOf = (html: string) => /<p role="alert" id="error">([^<]*)<\/p>/.exec(html)?.[1];
    const [wrongError, unknownError] = [errorOf(await wrong.text()), errorOf(await unknown.text())];
    expect(wrongError).toBe('Cédula de identidad, contraseña o código incorrectos. Si falla 5 veces seguidas, deberá esperar 15 minutos.');
    expect(unknownError).toBe(wrongError);
    // Both ran scrypt: neither is a fast path (generous bounds, CI machines vary).
    expect(Math.abs(t1 - t0 - (t2 - t1))).toBeLessThan(Math.max(t1 - t0, t2 - t1));
  });

  it('locks a CI for 15 minutes after 5 consecutive failures, even for the right password', async () => {
    const ci = demo(3);
    const { challenge } = pkce();
    for (let i = 0; i < 5; i++) expect((await login(ci, 'wrong', challenge)).status).toBe(401);
    const locked = await login(ci, `Demo-${ci}`, challenge);
    expect(locked.status).toBe(401);
    expect(await locked.text()).toContain('Cédula de identidad, contraseña o código incorrectos.');
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 16 * 60_000);
    expect((await login(ci, `Demo-${ci}`, challenge)).status).toBe(302);
    jest.restoreAllMocks();
    const row = await server.app.database.dataSource.getRepository(CredentialEntity).findOneByOrFail({ ci });
    expect([row.failedLogins, row.lockedUntil]).toEqual([0, null]);
  });

  it('enrols TOTP through GraphQL and then asks for the code at login', async () => {
    const ci = demo(2);
    const context = { subject: ci, roles: ['citizen'] };
    const started = await server.post<{ startTotpEnrollment: { ok: boolean; secret: string; otpauthUri: string; error: null } }>(
      'mutation { startTotpEnrollment { ok secret otpauthUri error { code } } }', {}, { context });
    const { secret, otpauthUri, ok } = started.body.data!.startTotpEnrollment;
    expect(ok).toBe(true);
    expect(otpauthUri).toBe(`otpauth://totp/Ciudadan%C3%ADa%20Digital%3A${ci}?secret=${secret}&issuer=Ciudadan%C3%ADa%20Digital&algorithm=SHA1&digits=6&period=30`);
    const codeAt = (ms: number) => hotp(decodeBase32(secret), Math.floor(ms / 30_000));
    const confirm = 'mutation ($code: String!) { confirmTotpEnrollment(input: { code: $code }) { ok error { code message } } }';
    const bad = await server.post<{ confirmTotpEnrollment: unknown }>(confirm, { code: codeAt(realNow()) === '000000' ? '111111' : '000000' }, { context });
    expect(bad.body.data!.confirmTotpEnrollment).toEqual({ ok: false, error: { code: 'INVALID_TOTP_CODE', message: expect.stringContaining('código') } });
    const good = await server.post<{ confirmTotpEnrollment: unknown }>(confirm, { code: codeAt(realNow() - 30_000) }, { context });
    expect(good.body.data!.confirmTotpEnrollment).toEqual({ ok: true, error: null });
    const { challenge } = pkce();
    const withoutCode = await login(ci, `Demo-${ci}`, challenge);
    expect(withoutCode.status).toBe(401);
    expect(await withoutCode.text()).toContain('verificación en dos pasos');
    const { code, verifier } = await codeFor(ci, `Demo-${ci}`, codeAt(realNow()));
    const tokens = (await (await exchange(code, verifier)).json()) as { access_token: string };
    expect((await verify(tokens.access_token)).payload.amr).toEqual(['pwd', 'otp']);
    // The same code is never accepted twice.
    expect((await login(ci, `Demo-${ci}`, challenge, codeAt(realNow()))).status).toBe(401);
    expect(encodeBase32(decodeBase32(secret))).toBe(secret);
  });
});

describe('refresh tokens', () => {
  it('rotates, and a revoked token presented again revokes the whole family', async () => {
    const { code, verifier } = await codeFor('1234567', 'Demo-1234567');
    const first = (await (await exchange(code, verifier)).json()) as { refresh_token: string };
    const refresh = (token: string) => form(`${issuer}/oauth/token`, { grant_type: 'refresh_token', refresh_token: token, client_id: PORTAL });
    const secondResponse = await refresh(first.refresh_token);
    expect(secondResponse.status).toBe(200);
    const second = (await secondResponse.json()) as { refresh_token: string; access_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await verify(second.access_token)).payload.sub).toBe('1234567');
    const replay = await refresh(first.refresh_token);
    expect([replay.status, ((await replay.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
    const afterReplay = await refresh(second.refresh_token);
    expect([afterReplay.status, ((await afterReplay.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
  });

  it('logout revokes the family', async () => {
    const { code, verifier } = await codeFor('1234567', 'Demo-1234567');
    const tokens = (await (await exchange(code, verifier)).json()) as { refresh_token: string };
    const logout = await form(`${issuer}/oauth/logout`, { refresh_token: tokens.refresh_token, client_id: PORTAL });
    expect(logout.status).toBe(200);
    const after = await form(`${issuer}/oauth/token`, { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: PORTAL });
    expect(((await after.json()) as { error: string }).error).toBe('invalid_grant');
  });
});

describe('client credentials', () => {
  it('gives a service token to a confidential client (HTTP Basic)', async () => {
    const basic = `Basic ${Buffer.from(`svc-health:${SECRET}`).toString('base64')}`;
    const response = await form(`${issuer}/oauth/token`, { grant_type: 'client_credentials' }, { authorization: basic });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string };
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    const { payload } = await verify(body.access_token);
    expect(payload).toEqual({
      iss: issuer, sub: 'service:svc-health', aud: 'egob-gateway', iat: expect.any(Number), exp: payload.iat! + 300, jti: expect.any(String),
      client_id: 'svc-health', roles: ['service'], entity_roles: { 'MIN-SALUD': ['service'] },
    });
  });

  it('refuses a wrong secret, an unknown client and a public client: invalid_client / unauthorized_client', async () => {
    const wrong = await form(`${issuer}/oauth/token`, { grant_type: 'client_credentials', client_id: 'svc-health', client_secret: 'wrong-secret-wrong-secret' });
    expect([wrong.status, ((await wrong.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    const unknown = await form(`${issuer}/oauth/token`, { grant_type: 'client_credentials', client_id: 'svc-nobody', client_secret: 'whatever-whatever' });
    expect([unknown.status, ((await unknown.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    const portal = await form(`${issuer}/oauth/token`, { grant_type: 'client_credentials', client_id: PORTAL });
    expect([portal.status, ((await portal.json()) as { error: string }).error]).toEqual([400, 'unauthorized_client']);
    const grant = await form(`${issuer}/oauth/token`, { grant_type: 'password', client_id: PORTAL });
    expect([grant.status, ((await grant.json()) as { error: string }).error]).toEqual([400, 'unsupported_grant_type']);
  });
});

describe('admin mutations', () => {
  const admin = { subject: demo(4), roles: ['citizen', 'platform:admin'] };
  const citizen = { subject: '1234567', roles: ['citizen'] };

  it('rotates keys: two keys in the JWKS and tokens from both verify', async () => {
    const { code, verifier } = await codeFor('1234567', 'Demo-1234567');
    const before = (await (await exchange(code, verifier)).json()) as { access_token: string };
    const refused = await server.post('mutation { rotateSigningKeys { ok kid } }', {}, { context: citizen });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rotated = await server.post<{ rotateSigningKeys: { ok: boolean; kid: string; retiredKid: string } }>('mutation { rotateSigningKeys { ok kid retiredKid } }', {}, { context: admin });
    const { kid, retiredKid, ok } = rotated.body.data!.rotateSigningKeys;
    expect(ok).toBe(true);
    expect(retiredKid).toBe(decodeProtectedHeader(before.access_token).kid);
    const jwks = (await (await fetch(`${issuer}/oauth/jwks`)).json()) as JSONWebKeySet;
    expect(jwks.keys.map((key) => key.kid)).toEqual([kid, retiredKid]);
    const next = await codeFor('1234567', 'Demo-1234567');
    const after = (await (await exchange(next.code, next.verifier)).json()) as { access_token: string };
    expect(decodeProtectedHeader(after.access_token).kid).toBe(kid);
    expect((await verify(before.access_token)).payload.sub).toBe('1234567');
    expect((await verify(after.access_token)).payload.sub).toBe('1234567');
    jest.spyOn(Date, 'now').mockImplementation(() => realNow() + 16 * 60_000);
    const later = (await (await fetch(`${issuer}/oauth/jwks`)).json()) as JSONWebKeySet;
    expect(later.keys.map((key) => key.kid)).toEqual([kid]);
  });

  it('grants and revokes platform roles, links and unlinks servants; refuses non-admins', async () => {
    const ci = demo(5);
    const grant = 'mutation ($input: PlatformRoleInput!) { grantPlatformRole(input: $input) { ok roles error { code } } }';
    const revoke = 'mutation ($input: PlatformRoleInput!) { revokePlatformRole(input: $input) { ok roles error { code } } }';
    const link = 'mutation ($input: ServantLinkInput!) { linkServant(input: $input) { ok servantOf { entityCode role } error { code } } }';
    const unlink = 'mutation ($input: ServantLinkInput!) { unlinkServant(input: $input) { ok servantOf { entityCode role } error { code } } }';
    const input = { ci, role: 'ANALYST' };
    const servant = { ci, entityCode: 'MIN-TRABAJO', role: 'labor:inspector' };
    for (const [query, variables] of [[grant, input], [revoke, input], [link, servant], [unlink, servant]] as const) {
      const refused = await server.post(query, { input: variables }, { context: citizen });
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await server.post(grant, { input }, { context: admin })).body.data).toEqual({ grantPlatformRole: { ok: true, roles: ['citizen', 'analyst'], error: null } });
    expect((await server.post(grant, { input }, { context: admin })).body.data).toEqual({ grantPlatformRole: { ok: false, roles: null, error: { code: 'ALREADY_EXISTS' } } });
    expect((await server.post(grant, { input: { ci: '99999999', role: 'ANALYST' } }, { context: admin })).body.data).toEqual({
      grantPlatformRole: { ok: false, roles: null, error: { code: 'UNKNOWN_CITIZEN' } },
    });
    expect((await server.post(link, { input: servant }, { context: admin })).body.data).toEqual({
      linkServant: { ok: true, servantOf: [{ entityCode: 'MIN-TRABAJO', role: 'labor:inspector' }], error: null },
    });
    expect((await server.post(link, { input: { ...servant, role: 'Inspector' } }, { context: admin })).body.data).toEqual({
      linkServant: { ok: false, servantOf: null, error: { code: 'INVALID_ENTITY_ROLE' } },
    });
    const read = 'query ($ci: ID!) { citizen(ci: $ci) { roles servantOf { entityCode role } } }';
    const expected = { citizen: { roles: ['citizen', 'analyst'], servantOf: [{ entityCode: 'MIN-TRABAJO', role: 'labor:inspector' }] } };
    expect((await server.post(read, { ci }, { context: admin })).body.data).toEqual(expected);
    expect((await server.post(read, { ci }, { context: { subject: ci, roles: ['citizen'] } })).body.data).toEqual(expected);
    const other = await server.post(read, { ci }, { context: citizen });
    expect(other.body.data).toEqual({ citizen: null });
    expect(new Set(other.body.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
    expect((await server.post(revoke, { input }, { context: admin })).body.data).toEqual({ revokePlatformRole: { ok: true, roles: ['citizen'], error: null } });
    expect((await server.post(unlink, { input: servant }, { context: admin })).body.data).toEqual({ unlinkServant: { ok: true, servantOf: [], error: null } });
    expect((await server.post(unlink, { input: servant }, { context: admin })).body.data).toEqual({ unlinkServant: { ok: false, servantOf: null, error: { code: 'NOT_FOUND' } } });
  });
});

describe("identity's own port", () => {
  it('serves discovery, JWKS, authorize and token through the kit middleware', async () => {
    const origin = new URL(server.url).origin;
    const discovery = await fetch(`${origin}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);
    expect(((await discovery.json()) as { issuer: string }).issuer).toBe(issuer);
    const jwks = (await (await fetch(`${origin}/oauth/jwks`)).json()) as JSONWebKeySet;
    expect(jwks.keys.length).toBeGreaterThan(0);
    const form = await fetch(`${origin}/oauth/authorize?${new URLSearchParams(authorizeParams(pkce().challenge))}`);
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    const token = await fetch(`${origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'nope', client_id: PORTAL, redirect_uri: CALLBACK, code_verifier: 'x'.repeat(43) }),
    });
    expect(token.status).toBe(400);
    expect(((await token.json()) as { error: string }).error).toBe('invalid_grant');
    // /graphql still requires the gateway's context token.
    expect((await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{__typename}"}' })).status).toBe(401);
  });
});
