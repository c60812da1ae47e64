import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import type { RequestContext } from '@egob/context-token';
import subgraph from '@egob/identity';
import { callers, FORBIDDEN, identityTestHelpers, OWNER } from './support/identity-callers';

const { otherCitizen, anonymous, educationService } = callers;

let server: TestSubgraph<unknown>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'identity_consent', citizens: 3 });
});

afterAll(async () => {
  await server?.stop();
});

const owner: Partial<RequestContext> = { ...callers.owner, requestId: 'req-owner' };
const laborService: Partial<RequestContext> = { subject: 'service:svc-labor', roles: ['service'], actingEntity: 'MIN-TRABAJO' };
const laborInspector: Partial<RequestContext> = { subject: '3000001', roles: ['citizen', 'labor:inspector'], actingEntity: 'MIN-TRABAJO' };

const { gql, refusal, count } = identityTestHelpers(() => server);

const GRANT = `mutation ($input: GrantConsentInput!) {
  grantConsent(input: $input) { ok consent { id entity { code } scope grantedAt expiresAt revokedAt active } error { code message field } }
}`;
const REVOKE = `mutation ($input: RevokeConsentInput!) {
  revokeConsent(input: $input) { ok consent { id scope revokedAt active } error { code message field } }
}`;
const STATUS = `query ($ci: ID!, $entity: String!, $scope: String!) {
  consentStatus(ci: $ci, entity: $entity, scope: $scope) { granted expiresAt entity { code } scope }
}`;
const CONSENTS = `query ($activeOnly: Boolean) { _entities(representations: [{ __typename: "Citizen", ci: "${OWNER}" }]) {
  ... on Citizen { consents(activeOnly: $activeOnly) { entity { code } scope active } }
} }`;

describe('consents (autorizaciones)', () => {
  it('seeds the demo citizen with one active consent: MIN-TRABAJO may read education:titles', async () => {
    const body = await gql(CONSENTS, {}, owner);
    expect(body).toEqual({ data: { _entities: [{ consents: [{ entity: { code: 'MIN-TRABAJO' }, scope: 'education:titles', active: true }] }] } });
  });

  it('lets the owner grant a scope, with the expiry she chose (default one year)', async () => {
    const before = Date.now();
    const body = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-SALUD', scope: 'labor:history', validForDays: 30 } }, owner);
    const result = body.data.grantConsent;
    expect(result).toEqual({
      ok: true,
      consent: { id: expect.any(String), entity: { code: 'MIN-SALUD' }, scope: 'labor:history', grantedAt: expect.any(String), expiresAt: expect.any(String), revokedAt: null, active: true },
      error: null,
    });
    expect(Date.parse(result.consent.expiresAt) - Date.parse(result.consent.grantedAt)).toBe(30 * 86_400_000);
    expect(Date.parse(result.consent.grantedAt)).toBeGreaterThanOrEqual(before - 1);

    const byDefault = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-JUSTICIA', scope: 'health:record' } }, owner);
    const consent = byDefault.data.grantConsent.consent;
    expect(Date.parse(consent.expiresAt) - Date.parse(consent.grantedAt)).toBe(365 * 86_400_000);
  });

  it('refuses grants and revocations by another citizen and by anonymous callers, writing nothing', async () => {
    const consentsBefore = await count('consent');
    const logBefore = await count('consent_log');
    const input = { ci: OWNER, entity: 'MIN-TRABAJO', scope: 'health:record', validForDays: 10 };
    for (const caller of [otherCitizen, anonymous, laborService]) {
      const body = await gql(GRANT, { input }, caller);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    const [seeded] = (await server.app.database.dataSource.query('SELECT id FROM consent WHERE ci = ? AND entity = ?', [OWNER, 'MIN-TRABAJO'])) as Array<{ id: string }>;
    for (const caller of [otherCitizen, anonymous]) {
      const body = await gql(REVOKE, { input: { ci: OWNER, id: seeded!.id } }, caller);
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    // Another citizen naming herself cannot reach someone else's grant either.
    const foreign = await gql(REVOKE, { input: { ci: otherCitizen.subject, id: seeded!.id } }, otherCitizen);
    expect(foreign.data.revokeConsent).toEqual({ ok: false, consent: null, error: { code: 'GRANT_NOT_FOUND', message: 'Autorización no encontrada.', field: 'id' } });
    expect(await count('consent')).toBe(consentsBefore);
    expect(await count('consent_log')).toBe(logBefore);
  });

  it('lets the owner revoke a grant once, with typed errors for unknown, revoked and expired grants', async () => {
    const granted = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-CULTURAS', scope: 'education:titles', validForDays: 5 } }, owner);
    const id = granted.data.grantConsent.consent.id as string;
    const revoked = await gql(REVOKE, { input: { ci: OWNER, id } }, owner);
    expect(revoked.data.revokeConsent).toEqual({ ok: true, consent: { id, scope: 'education:titles', revokedAt: expect.any(String), active: false }, error: null });
    const again = await gql(REVOKE, { input: { ci: OWNER, id } }, owner);
    expect(again.data.revokeConsent).toEqual({ ok: false, consent: null, error: { code: 'GRANT_ALREADY_REVOKED', message: 'La autorización ya fue revocada.', field: 'id' } });
    const unknown = await gql(REVOKE, { input: { ci: OWNER, id: '00000000-0000-4000-8000-000000000000' } }, owner);
    expect(unknown.data.revokeConsent.error.code).toBe('GRANT_NOT_FOUND');

    const expiring = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-CULTURAS', scope: 'health:record', validForDays: 1 } }, owner);
    const expiringId = expiring.data.grantConsent.consent.id as string;
    await server.app.database.dataSource.query('UPDATE consent SET expires_at = ? WHERE id = ?', ['2020-01-01T00:00:00.000Z', expiringId]);
    const logBefore = await count('consent_log');
    const expired = await gql(REVOKE, { input: { ci: OWNER, id: expiringId } }, owner);
    expect(expired.data.revokeConsent).toEqual({ ok: false, consent: null, error: { code: 'GRANT_EXPIRED', message: 'La autorización ya venció: no hace falta revocarla.', field: 'id' } });
    expect(await count('consent_log')).toBe(logBefore);
  });

  it('answers consentStatus to platform services (for the kit’s hasConsent) and to the citizen, and refuses everyone else', async () => {
    const query = { ci: OWNER, entity: 'MIN-TRABAJO', scope: 'education:titles' };
    const [seeded] = (await server.app.database.dataSource.query('SELECT expires_at FROM consent WHERE ci = ? AND entity = ?', [OWNER, 'MIN-TRABAJO'])) as Array<{ expires_at: string }>;
    const expected = { data: { consentStatus: { granted: true, expiresAt: seeded!.expires_at, entity: { code: 'MIN-TRABAJO' }, scope: 'education:titles' } } };
    expect(await gql(STATUS, query, laborService)).toEqual(expected);
    expect(await gql(STATUS, query, owner)).toEqual(expected);
    // Education's subgraph checks, with its service account, whether MIN-TRABAJO may read titles.
    expect(await gql(STATUS, query, educationService)).toEqual(expected);
    for (const caller of [laborInspector, otherCitizen, anonymous]) {
      const body = await gql(STATUS, query, caller);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    // Education itself holds no grant for this scope.
    expect(await gql(STATUS, { ...query, entity: 'MIN-EDUCACION' }, educationService)).toEqual({
      data: { consentStatus: { granted: false, expiresAt: null, entity: { code: 'MIN-EDUCACION' }, scope: 'education:titles' } },
    });
    const badScope = await gql(STATUS, { ...query, scope: 'Education/titles' }, laborService);
    expect(badScope.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('respects the expiry: an expired grant is not granted and not active', async () => {
    const granted = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-RURAL', scope: 'labor:history', validForDays: 1 } }, owner);
    const id = granted.data.grantConsent.consent.id as string;
    const ruralService = { subject: 'service:svc-rural', roles: ['service'], actingEntity: 'MIN-RURAL' };
    const query = { ci: OWNER, entity: 'MIN-RURAL', scope: 'labor:history' };
    expect((await gql(STATUS, query, ruralService)).data.consentStatus.granted).toBe(true);
    await server.app.database.dataSource.query('UPDATE consent SET expires_at = ? WHERE id = ?', [new Date(Date.now() - 1000).toISOString(), id]);
    expect((await gql(STATUS, query, ruralService)).data.consentStatus).toEqual({ granted: false, expiresAt: null, entity: { code: 'MIN-RURAL' }, scope: 'labor:history' });
    const active = await gql(CONSENTS, { activeOnly: true }, owner);
    expect(active.data._entities[0].consents.some((c: { entity: { code: string } }) => c.entity.code === 'MIN-RURAL')).toBe(false);
    const all = await gql(CONSENTS, { activeOnly: false }, owner);
    expect(all.data._entities[0].consents.filter((c: { entity: { code: string } }) => c.entity.code === 'MIN-RURAL')).toEqual([
      { entity: { code: 'MIN-RURAL' }, scope: 'labor:history', active: false },
    ]);
  });

  it('logs grants and revocations in the append-only consent log, newest first, for the owner only', async () => {
    const granted = await gql(GRANT, { input: { ci: OWNER, entity: 'SEGIP', scope: 'identity:photo', validForDays: 7 } }, owner);
    const consent = granted.data.grantConsent.consent;
    const revoked = await gql(REVOKE, { input: { ci: OWNER, id: consent.id } }, owner);
    const LOG = `query ($first: Int) { _entities(representations: [{ __typename: "Citizen", ci: "${OWNER}" }]) {
      ... on Citizen { consentLog(first: $first) { nodes { action consentId entity { code } scope expiresAt actor requestId occurredAt } totalCount } }
    } }`;
    const body = await gql(LOG, { first: 2 }, owner);
    expect(body.data._entities[0].consentLog.nodes).toEqual([
      { action: 'REVOKED', consentId: consent.id, entity: { code: 'SEGIP' }, scope: 'identity:photo', expiresAt: consent.expiresAt, actor: OWNER, requestId: 'req-owner', occurredAt: revoked.data.revokeConsent.consent.revokedAt },
      { action: 'GRANTED', consentId: consent.id, entity: { code: 'SEGIP' }, scope: 'identity:photo', expiresAt: consent.expiresAt, actor: OWNER, requestId: 'req-owner', occurredAt: consent.grantedAt },
    ]);
    expect(body.data._entities[0].consentLog.totalCount).toBe(await count('consent_log'));
    const refused = await gql(LOG, { first: 2 }, otherCitizen);
    expect(refusal(refused)).toEqual([FORBIDDEN]);
    expect(refused.data).toEqual({ _entities: [null] });
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const consentsBefore = await count('consent');
    const logBefore = await count('consent_log');
    const cases: Array<[Record<string, unknown>, string, string, string]> = [
      [{ scope: 'education' }, 'INVALID_SCOPE', 'scope', 'Alcance inválido: use <subgrafo>:<área> en minúsculas (p. ej. education:titles).'],
      [{ scope: 'Education:titles' }, 'INVALID_SCOPE', 'scope', 'Alcance inválido: use <subgrafo>:<área> en minúsculas (p. ej. education:titles).'],
      [{ entity: 'min trabajo' }, 'INVALID_ENTITY', 'entity', 'Código de entidad inválido: use de 2 a 32 letras mayúsculas, dígitos o guiones (p. ej. MIN-TRABAJO).'],
      [{ validForDays: 0 }, 'INVALID_EXPIRY', 'validForDays', 'La vigencia debe estar entre 1 día y 1826 días (5 años).'],
      [{ validForDays: 1827 }, 'INVALID_EXPIRY', 'validForDays', 'La vigencia debe estar entre 1 día y 1826 días (5 años).'],
    ];
    for (const [change, code, field, message] of cases) {
      const body = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-TRABAJO', scope: 'labor:history', validForDays: 30, ...change } }, owner);
      expect(body).toEqual({ data: { grantConsent: { ok: false, consent: null, error: { code, message, field } } } });
    }
    expect(await count('consent')).toBe(consentsBefore);
    expect(await count('consent_log')).toBe(logBefore);
    const longest = await gql(GRANT, { input: { ci: OWNER, entity: 'MIN-OBRAS', scope: 'labor:history', validForDays: 1826 } }, owner);
    expect(longest.data.grantConsent.ok).toBe(true);
  });

  it('records reads of consents in the audit outbox', async () => {
    await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
    await gql(STATUS, { ci: OWNER, entity: 'MIN-TRABAJO', scope: 'education:titles' }, laborService);
    const rows: Array<{ subject_ci: string; fields: string; reader: string; acting_entity: string }> = await server.app.database.dataSource.query(
      'SELECT subject_ci, fields, reader, acting_entity FROM egob_audit_outbox',
    );
    expect(rows).toEqual([
      { subject_ci: OWNER, fields: JSON.stringify(['ConsentStatus.entity', 'ConsentStatus.expiresAt', 'ConsentStatus.granted', 'ConsentStatus.scope']), reader: 'service:svc-labor', acting_entity: 'MIN-TRABAJO' },
    ]);
  });
});
