import { createSilentLogger } from '@egob/logger';
import type { SubgraphApp } from '@egob/subgraph-kit';
import { createTestDatabase, DEMO_LOGINS, type TestDatabase } from '@egob/test-kit';
import { consentProbe } from '../support/consent-probe.subgraph';
import { startFederationStack, waitFor, type FederationStack } from '../support/federation-stack';

// hasConsent end to end: a subgraph of another entity asks identity, through the gateway
// with its service account, whether the entity the servant acts for holds the citizen's
// consent. The seed gives MIN-TRABAJO the demo citizen's `education:titles`.
const OWNER = DEMO_LOGINS.citizen;
const SERVICE_SECRET = 'dev-svc-education-secret-for-tests';

let stack: FederationStack;
let probe: SubgraphApp<unknown>;
let probeDb: TestDatabase;
let inspector: Record<string, string>;

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const titlesOf = (ci: string) => `{ citizen(ci: "${ci}") { titlesForEmployers } }`;

beforeAll(async () => {
  // identity reads its service clients' secrets from the process environment.
  process.env.IDENTITY_SERVICE_CLIENT_SECRETS = `svc-education=${SERVICE_SECRET}`;
  stack = await startFederationStack('consent', { citizens: 10 });
  probeDb = await createTestDatabase('consent_probe');
  probe = await consentProbe.createApp(
    consentProbe.loadConfig({
      PORT: '0',
      DATABASE_URL: probeDb.url,
      CONTEXT_TOKEN_PUBLIC_KEYS: stack.keys.publicKeyPem,
      REGISTRY_URL: stack.registryUrl,
      GATEWAY_URL: stack.gatewayUrl,
      IDENTITY_TOKEN_URL: `${stack.identityOrigin}/oauth/token`,
      SERVICE_CLIENT_ID: 'svc-education',
      SERVICE_CLIENT_SECRET: SERVICE_SECRET,
      CONSENT_CACHE_SECONDS: '0',
      AUDIT_FORWARD: 'false',
    }),
    createSilentLogger(),
  );
  await probe.start();
  const published = await probe.publish();
  if (!published.ok) throw new Error(JSON.stringify(published.error));
  await waitFor(() => stack.gateway.supergraphId() === published.supergraphId, 5_000, 'the gateway to serve the probe');

  // A platform admin makes the other demo citizen a labour inspector of MIN-TRABAJO.
  const admin = bearer(await stack.login(DEMO_LOGINS.admin));
  const linked = await stack.query(
    'mutation ($input: ServantLinkInput!) { linkServant(input: $input) { ok error { code message } } }',
    { input: { ci: DEMO_LOGINS.otherCitizen, entityCode: 'MIN-TRABAJO', role: 'labor:inspector' } },
    undefined,
    admin,
  );
  expect(linked.body.data.linkServant).toEqual({ ok: true, error: null });
  inspector = bearer(await stack.login(DEMO_LOGINS.otherCitizen));
}, 120_000);

afterAll(async () => {
  await probe?.stop();
  await probeDb?.drop();
  await stack?.stop();
});

describe('hasConsent through the gateway', () => {
  it('lets an entity holding the consent read the field', async () => {
    const { body } = await stack.query(titlesOf(OWNER), {}, undefined, inspector);
    expect(body).toEqual({ data: { citizen: { titlesForEmployers: [`Bachiller en Humanidades (${OWNER})`] } } });
  });

  it('refuses a citizen who gave no consent, and an entity without it', async () => {
    const noConsent = await stack.query(titlesOf(DEMO_LOGINS.clinician), {}, undefined, inspector);
    expect(noConsent.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const clinician = bearer(await stack.login(DEMO_LOGINS.clinician));
    const otherEntity = await stack.query(titlesOf(OWNER), {}, undefined, clinician);
    expect(otherEntity.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('stops at once when the citizen revokes the consent', async () => {
    const owner = bearer(await stack.login(OWNER));
    const consents = await stack.query(`{ citizen(ci: "${OWNER}") { consents { id scope entity { code } } } }`, {}, undefined, owner);
    const grant = consents.body.data.citizen.consents.find(
      (c: { scope: string; entity: { code: string } }) => c.scope === 'education:titles' && c.entity.code === 'MIN-TRABAJO',
    );
    const revoked = await stack.query(
      'mutation ($input: RevokeConsentInput!) { revokeConsent(input: $input) { ok } }',
      { input: { ci: OWNER, id: grant.id } },
      undefined,
      owner,
    );
    expect(revoked.body.data.revokeConsent.ok).toBe(true);
    const after = await stack.query(titlesOf(OWNER), {}, undefined, inspector);
    expect(after.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
