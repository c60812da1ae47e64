// Used by tests and by scripts (bench, demo token): a real OAuth client of identity's login.
import { createHash, randomBytes } from 'node:crypto';

/** The web app's OAuth client, seeded by identity. */
const PORTAL = 'egob-portal';
const CALLBACK = 'http://127.0.0.1:4002/auth/callback';

/** Demo people with credentials in identity's seed (password `Demo-<CI>`, demo only). */
export const DEMO_LOGINS = {
  citizen: '1234567',
  clinician: '3000001',
  registrar: '3000002',
  analyst: '3000003',
  admin: '3000004',
  /** A plain citizen other than the demo citizen. */
  otherCitizen: '3000005',
  auditor: '3000006',
  /** A clinician of MIN-SALUD at a second facility (see the health subgraph's staff seed). */
  secondClinician: '3000007',
  /** A clerk of the Órgano Judicial. */
  clerk: '3000008',
  /** A labour inspector of MIN-TRABAJO. */
  laborInspector: '3000009',
  /** Human resources of GAM-020101 (La Paz municipality), an employer. */
  employer: '3000010',
} as const;

/**
 * Logs `ci` in through identity's real authorization-code + PKCE flow (the login form,
 * the redirect, the token endpoint) and returns the access token.
 */
export async function login(identityOrigin: string, ci: string, password = `Demo-${ci}`): Promise<string> {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: PORTAL,
    redirect_uri: CALLBACK,
    state: randomBytes(8).toString('hex'),
    code_challenge: challenge,
    code_challenge_method: 'S256',
    scope: 'openid',
  });
  const page = await fetch(`${identityOrigin}/oauth/authorize?${params}`);
  if (page.status !== 200) throw new Error(`login form: HTTP ${page.status}`);
  const html = await page.text();
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1]!, m[2]!]));
  const posted = await fetch(`${identityOrigin}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...hidden, ci, password, otp: '' }),
  });
  const location = posted.headers.get('location');
  const code = location ? new URL(location).searchParams.get('code') : null;
  if (posted.status !== 302 || !code) throw new Error(`login of ${ci} refused: HTTP ${posted.status}`);
  const token = await fetch(`${identityOrigin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK, client_id: PORTAL }),
  });
  const body = (await token.json()) as { access_token?: string; error?: string };
  if (!body.access_token) throw new Error(`token for ${ci}: ${body.error ?? token.status}`);
  return body.access_token;
}
