import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { FORBIDDEN, OWNER, callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
let identity: Server;
/** Consents identity answers as granted: `<ci> <entity> <scope>`. */
const granted = new Set<string>();
/** Consent questions the subgraph asked. */
const asked: string[] = [];
const { gql, refusal } = healthTestHelpers(() => server);

// Stands in for the gateway and identity's token endpoint: the kit's consent check asks
// identity's consentStatus through the gateway with the subgraph's service account.
beforeAll(async () => {
  identity = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/oauth/token') return res.end(JSON.stringify({ access_token: 'svc-health-token', token_type: 'Bearer', expires_in: 3600 }));
      const { variables } = JSON.parse(raw) as { variables: { ci: string; entity: string; scope: string } };
      const key = `${variables.ci} ${variables.entity} ${variables.scope}`;
      asked.push(key);
      res.end(JSON.stringify({ data: { consentStatus: { granted: granted.has(key) } } }));
    });
  });
  await new Promise<void>((resolve) => identity.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(identity.address() as AddressInfo).port}`;
  server = await startTestSubgraph(subgraph, {
    label: 'health_affiliation',
    citizens: 12,
    env: {
      GATEWAY_URL: `${origin}/graphql`,
      IDENTITY_TOKEN_URL: `${origin}/oauth/token`,
      SERVICE_CLIENT_ID: 'svc-health',
      SERVICE_CLIENT_SECRET: 'test-svc-health-secret',
      CONSENT_CACHE_SECONDS: '0',
    },
  });
});

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => identity?.close(resolve));
});

beforeEach(() => {
  asked.length = 0;
  granted.clear();
});

const AFFILIATION = citizenEntities('affiliation { affiliationNumber insurer { code } status since employerName }');
const DEMO_AFFILIATION = { affiliationNumber: 'SUS-1234567', insurer: { code: 'MIN-SALUD' }, status: 'ACTIVE', since: '2019-03-01', employerName: null };

describe('Citizen.affiliation', () => {
  it('answers the citizen her own affiliation to the SUS', async () => {
    const body = await gql(AFFILIATION, { r: citizenRepresentations([OWNER]) }, callers.owner);
    expect(body).toEqual({ data: { _entities: [{ ci: OWNER, affiliation: DEMO_AFFILIATION }] } });
    expect(asked).toEqual([]);
  });

  it('answers any clinician without asking identity about consent', async () => {
    const body = await gql(AFFILIATION, { r: citizenRepresentations([OWNER]) }, callers.secondClinician);
    expect(body).toEqual({ data: { _entities: [{ ci: OWNER, affiliation: DEMO_AFFILIATION }] } });
    expect(asked).toEqual([]);
  });

  it('refuses another citizen and the anonymous caller', async () => {
    for (const caller of [callers.otherCitizen, callers.anonymous]) {
      const body = await gql(AFFILIATION, { r: citizenRepresentations([OWNER]) }, caller);
      expect(body.data).toEqual({ _entities: [{ ci: OWNER, affiliation: null }] });
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });

  it('answers an entity the citizen consented to (health:affiliation), and refuses it without consent', async () => {
    const refused = await gql(AFFILIATION, { r: citizenRepresentations([OWNER]) }, callers.laborService);
    expect(refusal(refused)).toEqual([FORBIDDEN]);
    expect(asked).toEqual([`${OWNER} MIN-TRABAJO health:affiliation`]);

    granted.add(`${OWNER} MIN-TRABAJO health:affiliation`);
    const allowed = await gql(AFFILIATION, { r: citizenRepresentations([OWNER]) }, callers.laborService);
    expect(allowed).toEqual({ data: { _entities: [{ ci: OWNER, affiliation: DEMO_AFFILIATION }] } });
    // The consent opens the administrative data, never the clinical record.
    const record = await gql(citizenEntities('healthRecord { encounters { id } }'), { r: citizenRepresentations([OWNER]) }, callers.laborService);
    expect(refusal(record)).toEqual([FORBIDDEN]);
  });

  it('gives every seeded citizen one affiliation, SUS or CNS, deterministically', async () => {
    const cis = Array.from({ length: 11 }, (_, i) => String(3_000_001 + i));
    const body = await gql(AFFILIATION, { r: citizenRepresentations(cis) }, callers.clinician);
    expect(body.errors).toBeUndefined();
    for (const citizen of body.data._entities) {
      const { affiliation } = citizen;
      expect(['MIN-SALUD', 'CNS']).toContain(affiliation.insurer.code);
      expect(affiliation.affiliationNumber).toBe(`${affiliation.insurer.code === 'CNS' ? 'CNS' : 'SUS'}-${citizen.ci}`);
      expect(affiliation.employerName === null).toBe(affiliation.insurer.code === 'MIN-SALUD');
      expect(['ACTIVE', 'SUSPENDED', 'INACTIVE']).toContain(affiliation.status);
    }
    // The seed draws each citizen's affiliation from their index: the same on every database.
    expect(body.data._entities.slice(1, 3)).toEqual([
      { ci: '3000002', affiliation: { affiliationNumber: 'SUS-3000002', insurer: { code: 'MIN-SALUD' }, status: 'ACTIVE', since: '2024-09-24', employerName: null } },
      {
        ci: '3000003',
        affiliation: { affiliationNumber: 'CNS-3000003', insurer: { code: 'CNS' }, status: 'ACTIVE', since: '2000-05-28', employerName: 'Empresa Estatal de Transporte por Cable Mi Teleférico' },
      },
    ]);
    expect(body.data._entities[8]).toEqual({
      ci: '3000009',
      affiliation: { affiliationNumber: 'SUS-3000009', insurer: { code: 'MIN-SALUD' }, status: 'SUSPENDED', since: '2021-12-24', employerName: null },
    });
  });
});
