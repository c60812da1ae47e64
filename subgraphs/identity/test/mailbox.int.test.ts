import { createHash } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import type { RequestContext } from '@egob/context-token';
import subgraph from '@egob/identity';
import type { IdentityServices } from '../src/services';
import { callers, FORBIDDEN, identityTestHelpers, OWNER } from './support/identity-callers';

const { owner, otherCitizen, anonymous, educationService } = callers;

let server: TestSubgraph<IdentityServices>;

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'identity_mailbox', citizens: 3 });
});

afterAll(async () => {
  await server?.stop();
});

const segipService: Partial<RequestContext> = { subject: 'service:svc-segip', roles: ['service'], actingEntity: 'SEGIP' };
const registrar: Partial<RequestContext> = { subject: '3000001', roles: ['citizen', 'education:registrar'], actingEntity: 'MIN-EDUCACION' };
const clinician: Partial<RequestContext> = { subject: '3000002', roles: ['citizen', 'health:clinician'], actingEntity: 'MIN-SALUD' };

const { gql, refusal, count } = identityTestHelpers(() => server);

const DEPOSIT = `mutation ($input: DepositDocumentInput!) {
  depositDocument(input: $input) { ok receipt { id ci issuer { code } kind title issuedAt deliveredAt readAt exported } error { code message field } }
}`;
const MAILBOX = `query ($first: Int, $after: String, $unreadOnly: Boolean) { _entities(representations: [{ __typename: "Citizen", ci: "${OWNER}" }]) {
  ... on Citizen { mailbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id issuer { code } kind title contentType content sha256 issuedAt deliveredAt readAt exported } pageInfo { hasNextPage endCursor } totalCount
  } }
} }`;
const VERIFY = 'query ($document: String!) { verifyDocument(document: $document) { valid issuer { code } issuedAt reason } }';
const MARK_READ = 'mutation ($input: MarkDocumentReadInput!) { markDocumentRead(input: $input) { ok document { id readAt } error { code message field } } }';
const RECEIPT = 'query ($id: ID!) { documentReceipt(id: $id) { id ci issuer { code } readAt } }';

const TITLE_TEXT = 'Título de Bachiller en Humanidades — Juana Rosa Mamani Quispe';
const titleInput = {
  ci: OWNER,
  kind: 'TITLE',
  title: 'Título de Bachiller en Humanidades',
  contentType: 'text/plain',
  content: Buffer.from(TITLE_TEXT, 'utf8').toString('base64'),
  issuedAt: '2024-12-20T15:00:00Z',
};

async function deposit(context: Partial<RequestContext>, input: Record<string, unknown> = titleInput) {
  return gql(DEPOSIT, { input }, context);
}

/** Returns the exported document with one character of `part` changed. */
function tamper(exported: string, part: 'payload' | 'signature', at: number): string {
  const document = JSON.parse(exported) as Record<string, string>;
  const text = document[part]!;
  const original = text[at]!;
  const replacement = original === 'a' ? 'b' : 'a';
  document[part] = `${text.slice(0, at)}${replacement}${text.slice(at + 1)}`;
  return JSON.stringify(document);
}

describe('digital mailbox', () => {
  it('seeds the demo citizen with a signed certificate and a notification, both verifiable', async () => {
    const body = await gql(MAILBOX, {}, owner);
    const page = body.data._entities[0].mailbox;
    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((d: Record<string, unknown>) => [d.issuer, d.kind, d.title, d.issuedAt, d.readAt])).toEqual([
      [{ code: 'MIN-SALUD' }, 'NOTIFICATION', 'Recordatorio: campaña nacional de vacunación', '2025-02-03T13:30:00.000Z', null],
      [{ code: 'SEGIP' }, 'CERTIFICATE', 'Certificado de cédula de identidad vigente', '2025-01-15T14:00:00.000Z', null],
    ]);
    for (const document of page.nodes) {
      expect(await gql(VERIFY, { document: document.exported }, anonymous)).toEqual({
        data: { verifyDocument: { valid: true, issuer: document.issuer, issuedAt: document.issuedAt, reason: null } },
      });
    }
  });

  it('lets a service of entity E deposit a document signed with E’s key, which the owner then lists first', async () => {
    const before = Date.now();
    const body = await deposit(educationService);
    const receipt = body.data.depositDocument.receipt;
    expect(body.data.depositDocument).toEqual({
      ok: true,
      receipt: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ci: OWNER,
        issuer: { code: 'MIN-EDUCACION' },
        kind: 'TITLE',
        title: 'Título de Bachiller en Humanidades',
        issuedAt: '2024-12-20T15:00:00.000Z',
        deliveredAt: expect.any(String),
        readAt: null,
        exported: expect.any(String),
      },
      error: null,
    });
    expect(Date.parse(receipt.deliveredAt)).toBeGreaterThanOrEqual(before - 1);
    const sha256 = createHash('sha256').update(TITLE_TEXT, 'utf8').digest('hex');
    const keys = await gql('{ issuerPublicKeys { keyId entity { code } algorithm } }', {}, anonymous);
    const educationKey = keys.data.issuerPublicKeys.find((k: { entity: { code: string } }) => k.entity.code === 'MIN-EDUCACION');
    expect(JSON.parse(receipt.exported)).toEqual({
      payload: JSON.stringify({
        ci: OWNER,
        contentType: 'text/plain',
        id: receipt.id,
        issuedAt: '2024-12-20T15:00:00.000Z',
        issuer: 'MIN-EDUCACION',
        kind: 'TITLE',
        sha256,
        title: 'Título de Bachiller en Humanidades',
      }),
      signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/),
      keyId: educationKey.keyId,
    });

    const listed = await gql(MAILBOX, { first: 1 }, owner);
    expect(listed.data._entities[0].mailbox.nodes).toEqual([
      {
        id: receipt.id,
        issuer: { code: 'MIN-EDUCACION' },
        kind: 'TITLE',
        title: 'Título de Bachiller en Humanidades',
        contentType: 'text/plain',
        content: titleInput.content,
        sha256,
        issuedAt: '2024-12-20T15:00:00.000Z',
        deliveredAt: receipt.deliveredAt,
        readAt: null,
        exported: receipt.exported,
      },
    ]);
    expect(listed.data._entities[0].mailbox.pageInfo.hasNextPage).toBe(true);
    const next = await gql(MAILBOX, { first: 5, after: listed.data._entities[0].mailbox.pageInfo.endCursor }, owner);
    expect(next.data._entities[0].mailbox.nodes.map((d: { kind: string }) => d.kind)).toEqual(['NOTIFICATION', 'CERTIFICATE']);
  });

  it('lets registrars and issuers deposit, and refuses other roles, citizens and anonymous callers', async () => {
    expect((await deposit(registrar)).data.depositDocument.ok).toBe(true);
    const issuer = { subject: '3000003', roles: ['citizen', 'justice:issuer'], actingEntity: 'OJ' };
    expect((await deposit(issuer)).data.depositDocument.receipt.issuer).toEqual({ code: 'OJ' });
    const before = await count('mailbox_document');
    const noEntity = { subject: 'service:svc-x', roles: ['service'], actingEntity: null };
    for (const caller of [clinician, owner, anonymous, noEntity]) {
      const body = await deposit(caller);
      expect(body.data).toBeNull();
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    expect(await count('mailbox_document')).toBe(before);
    // Nobody but the owner lists the mailbox.
    for (const caller of [otherCitizen, educationService, anonymous]) {
      const body = await gql(MAILBOX, {}, caller);
      expect(refusal(body)).toEqual([FORBIDDEN]);
      expect(body.data).toEqual({ _entities: [null] });
    }
  });

  it('verifies a document, and refuses it after one changed byte of payload or signature, or with another entity’s key', async () => {
    const { receipt } = (await deposit(educationService)).data.depositDocument;
    const exported = receipt.exported as string;
    expect(await gql(VERIFY, { document: exported }, anonymous)).toEqual({
      data: { verifyDocument: { valid: true, issuer: { code: 'MIN-EDUCACION' }, issuedAt: '2024-12-20T15:00:00.000Z', reason: null } },
    });
    const badSignature = 'Firma inválida: el documento fue alterado o no lo firmó la entidad emisora.';
    const payload = JSON.parse(exported).payload as string;
    const titleAt = payload.indexOf('Bachiller');
    for (const altered of [tamper(exported, 'payload', titleAt), tamper(exported, 'signature', 10), tamper(exported, 'signature', 85)]) {
      expect(await gql(VERIFY, { document: altered }, anonymous)).toEqual({ data: { verifyDocument: { valid: false, issuer: null, issuedAt: null, reason: badSignature } } });
    }
    // The payload must stay exactly canonical: a changed byte in a hash is caught by the signature too.
    const hashAt = payload.indexOf('"sha256":"') + 10;
    expect((await gql(VERIFY, { document: tamper(exported, 'payload', hashAt) }, anonymous)).data.verifyDocument.valid).toBe(false);

    const keys = await gql('{ issuerPublicKeys { keyId entity { code } algorithm publicKeyPem createdAt } }', {}, anonymous);
    expect(keys.data.issuerPublicKeys.map((k: { entity: { code: string } }) => k.entity.code)).toEqual(['MIN-EDUCACION', 'MIN-SALUD', 'OJ', 'SEGIP']);
    for (const key of keys.data.issuerPublicKeys) {
      expect(key.algorithm).toBe('Ed25519');
      expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    }
    const segipKey = keys.data.issuerPublicKeys.find((k: { entity: { code: string } }) => k.entity.code === 'SEGIP').keyId;
    const withSegipKey = JSON.stringify({ ...JSON.parse(exported), keyId: segipKey });
    expect((await gql(VERIFY, { document: withSegipKey }, anonymous)).data.verifyDocument).toEqual({ valid: false, issuer: null, issuedAt: null, reason: badSignature });

    const malformed = 'Documento mal formado: se espera el texto JSON { payload, signature, keyId } de un documento exportado.';
    for (const garbage of ['not json', '{}', JSON.stringify({ ...JSON.parse(exported), payload: `${payload} ` })]) {
      expect((await gql(VERIFY, { document: garbage }, anonymous)).data.verifyDocument).toEqual({ valid: false, issuer: null, issuedAt: null, reason: malformed });
    }
    const unknownKey = JSON.stringify({ ...JSON.parse(exported), keyId: 'A'.repeat(43) });
    expect((await gql(VERIFY, { document: unknownKey }, anonymous)).data.verifyDocument.reason).toBe('La clave indicada no es de ninguna entidad emisora.');
  });

  it('sets the read receipt once, for the owner only, and shows it to the issuing entity only', async () => {
    const { receipt } = (await deposit(educationService, { ...titleInput, kind: 'NOTIFICATION', title: 'Aviso de inscripción' })).data.depositDocument;
    const unread = await gql(MAILBOX, { unreadOnly: true, first: 100 }, owner);
    expect(unread.data._entities[0].mailbox.nodes.map((d: { id: string }) => d.id)).toContain(receipt.id);

    for (const caller of [otherCitizen, educationService, anonymous]) {
      const body = await gql(MARK_READ, { input: { ci: OWNER, id: receipt.id } }, caller);
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
    const foreign = await gql(MARK_READ, { input: { ci: otherCitizen.subject, id: receipt.id } }, otherCitizen);
    expect(foreign.data.markDocumentRead).toEqual({ ok: false, document: null, error: { code: 'DOCUMENT_NOT_FOUND', message: 'Documento no encontrado en su buzón.', field: 'id' } });
    expect((await gql(RECEIPT, { id: receipt.id }, educationService)).data.documentReceipt.readAt).toBeNull();

    const first = await gql(MARK_READ, { input: { ci: OWNER, id: receipt.id } }, owner);
    expect(first.data.markDocumentRead).toEqual({ ok: true, document: { id: receipt.id, readAt: expect.any(String) }, error: null });
    const readAt = first.data.markDocumentRead.document.readAt as string;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await gql(MARK_READ, { input: { ci: OWNER, id: receipt.id } }, owner);
    expect(second.data.markDocumentRead.document.readAt).toBe(readAt);

    expect(await gql(RECEIPT, { id: receipt.id }, educationService)).toEqual({ data: { documentReceipt: { id: receipt.id, ci: OWNER, issuer: { code: 'MIN-EDUCACION' }, readAt } } });
    expect(await gql(RECEIPT, { id: receipt.id }, registrar)).toEqual({ data: { documentReceipt: { id: receipt.id, ci: OWNER, issuer: { code: 'MIN-EDUCACION' }, readAt } } });
    expect(await gql(RECEIPT, { id: receipt.id }, segipService)).toEqual({ data: { documentReceipt: null } });
    for (const caller of [owner, clinician, anonymous]) expect(refusal(await gql(RECEIPT, { id: receipt.id }, caller))).toEqual([FORBIDDEN]);

    const stillUnread = await gql(MAILBOX, { unreadOnly: true, first: 100 }, owner);
    expect(stillUnread.data._entities[0].mailbox.nodes.map((d: { id: string }) => d.id)).not.toContain(receipt.id);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const documentsBefore = await count('mailbox_document');
    const keysBefore = await count('issuer_key');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ content: 'not base64!' }, 'INVALID_BASE64', 'content'],
      [{ content: 'QUJD=' }, 'INVALID_BASE64', 'content'],
      [{ content: '' }, 'INVALID_BASE64', 'content'],
      [{ kind: 'DIPLOMA' }, 'UNKNOWN_KIND', 'kind'],
      [{ title: '   ' }, 'INVALID_TITLE', 'title'],
      [{ contentType: 'pdf' }, 'INVALID_CONTENT_TYPE', 'contentType'],
      [{ issuedAt: '2024-02-30T10:00:00Z' }, 'INVALID_ISSUED_AT', 'issuedAt'],
      [{ issuedAt: '2999-01-01T00:00:00Z' }, 'INVALID_ISSUED_AT', 'issuedAt'],
      [{ ci: '12; DROP' }, 'INVALID_CI', 'ci'],
      [{ ci: '99999999' }, 'UNKNOWN_CITIZEN', 'ci'],
    ];
    // A first deposit by a new entity would create its key: none must be created for refused input.
    const newIssuer = { subject: 'service:svc-sin', roles: ['service'], actingEntity: 'SIN' };
    for (const [change, code, field] of cases) {
      const body = await deposit(newIssuer, { ...titleInput, ...change });
      expect(body.data.depositDocument).toEqual({ ok: false, receipt: null, error: { code, message: expect.any(String), field } });
    }
    expect((await deposit(newIssuer, { ...titleInput, kind: 'DIPLOMA' })).data.depositDocument.error.message).toBe(
      'Tipo de documento desconocido: use CERTIFICATE, TITLE, NOTIFICATION o RESOLUTION.',
    );

    // Content over 1 MB: the service refuses it with a typed error...
    const tooLarge = Buffer.alloc(1024 * 1024 + 1, 7).toString('base64');
    const outcome = await server.app.services.mailbox.deposit({ ...titleInput, content: tooLarge }, 'SIN');
    expect(outcome).toEqual({ ok: false, receipt: null, error: { code: 'CONTENT_TOO_LARGE', message: 'El contenido pasa del máximo de 1048576 bytes (1 MB).', field: 'content' } });
    const exactlyOneMegabyte = Buffer.alloc(1024 * 1024, 7).toString('base64');
    const atLimit = await server.app.services.mailbox.deposit({ ...titleInput, content: exactlyOneMegabyte }, 'MIN-EDUCACION');
    expect(atLimit.ok).toBe(true);
    await server.app.database.dataSource.query('DELETE FROM mailbox_document WHERE id = ?', [atLimit.receipt!.id]);
    // ...and over HTTP (the 2 MB body limit leaves room for it) the same typed error.
    const { status, body } = await server.post<any>(DEPOSIT, { input: { ...titleInput, content: tooLarge } }, { context: newIssuer });
    expect(status).toBe(200);
    expect(body.data.depositDocument).toEqual({ ok: false, receipt: null, error: { code: 'CONTENT_TOO_LARGE', message: 'El contenido pasa del máximo de 1048576 bytes (1 MB).', field: 'content' } });

    expect(await count('mailbox_document')).toBe(documentsBefore);
    expect(await count('issuer_key')).toBe(keysBefore);
  });

  it('records the owner’s reads of documents and an entity’s reads of receipts in the audit outbox', async () => {
    const { receipt } = (await deposit(educationService)).data.depositDocument;
    await server.app.database.dataSource.query('DELETE FROM egob_audit_outbox');
    await gql('{ _entities(representations: [{ __typename: "Citizen", ci: "1234567" }]) { ... on Citizen { mailbox(first: 1) { nodes { title } } } } }', {}, owner);
    await gql(RECEIPT, { id: receipt.id }, educationService);
    const rows: Array<{ subject_ci: string; fields: string; reader: string }> = await server.app.database.dataSource.query(
      'SELECT subject_ci, fields, reader FROM egob_audit_outbox ORDER BY position',
    );
    expect(rows).toEqual([
      { subject_ci: OWNER, fields: JSON.stringify(['Citizen.mailbox', 'Document.title']), reader: OWNER },
      { subject_ci: OWNER, fields: JSON.stringify(['DocumentReceipt.ci', 'DocumentReceipt.id', 'DocumentReceipt.issuer', 'DocumentReceipt.readAt']), reader: 'service:svc-education' },
    ]);
  });
});
