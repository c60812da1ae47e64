import { createHash } from 'node:crypto';
import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/education';
import { FORBIDDEN, OWNER, STUDENT, callers, educationTestHelpers } from './support/education-callers';
import { RecordingGateway } from './support/recording-gateway';

const gateway = new RecordingGateway();
let server: TestSubgraph<unknown>;

beforeAll(async () => {
  await gateway.start();
  server = await startTestSubgraph(subgraph, { label: 'education_issuance', citizens: 10, env: gateway.env() });
});

afterAll(async () => {
  await server?.stop();
  await gateway.stop();
});

const { gql, refusal, counts } = educationTestHelpers(() => server);
const { registrar } = callers;

const ISSUE = `mutation ($input: IssueTitleInput!) {
  issueTitle(input: $input) { ok title { code kind name institution { code name } issuedOn mailboxDocumentId exported } error { code message field } }
}`;
const VERIFY = `query ($code: ID!, $document: String) {
  verifyTitle(code: $code, document: $document) { valid status message title { code kind name issuedOn holderCiMasked institution { code name } } }
}`;
const TITLES = 'query ($ci: ID!) { academicTitles(ci: $ci) { code name } }';

const bachiller = { ci: STUDENT, institutionCode: '80910001', kind: 'BACHILLER', name: 'Bachiller en Humanidades', issuedOn: '2026-11-20' };

/** Enrols `ci` in a UMSA career this year (checked) and returns the input that issues its licenciatura. */
async function enrolAtUmsa(ci: string, course: string) {
  const enrol = await gql(
    'mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { ok } }',
    { input: { ci, institutionCode: 'UMSA', level: 'LICENCIATURA', year: 2026, course } },
    registrar,
  );
  expect(enrol).toEqual({ data: { enrolStudent: { ok: true } } });
  return { ci, institutionCode: 'UMSA', kind: 'LICENCIATURA', name: `Licenciatura en ${course}` };
}

/** Returns the exported document with one character of its payload changed at `at`. */
function tamperPayload(exported: string, at: number): string {
  const document = JSON.parse(exported) as Record<string, string>;
  const text = document.payload!;
  document.payload = `${text.slice(0, at)}${text[at] === 'a' ? 'b' : 'a'}${text.slice(at + 1)}`;
  return JSON.stringify(document);
}

describe('issueTitle through the gateway', () => {
  let issued: { code: string; exported: string; mailboxDocumentId: string };

  it('deposits the canonical title into the mailbox with the service account, stores it and graduates the enrolment', async () => {
    const before = Date.now();
    const body = await gql(ISSUE, { input: bachiller }, registrar);
    const title = body.data.issueTitle.title;
    expect(body).toEqual({
      data: {
        issueTitle: {
          ok: true,
          title: {
            code: expect.stringMatching(/^TIT-2026-[A-Z2-9]{8}$/),
            kind: 'BACHILLER',
            name: 'Bachiller en Humanidades',
            institution: { code: '80910001', name: 'Unidad Educativa Nicolás Suárez' },
            issuedOn: '2026-11-20',
            mailboxDocumentId: expect.stringMatching(/^[0-9a-f-]{36}$/),
            exported: expect.any(String),
          },
          error: null,
        },
      },
    });
    issued = title;

    // Exactly one deposit, authenticated with the service token got by client credentials.
    expect(gateway.tokenRequests).toEqual([
      { authorization: `Basic ${Buffer.from('svc-education:svc-education-test-secret').toString('base64')}`, body: 'grant_type=client_credentials' },
    ]);
    const deposits = gateway.requestsFor('depositDocument');
    expect(deposits).toHaveLength(1);
    expect(deposits[0]!.authorization).toBe('Bearer service-token-svc-education');
    const input = deposits[0]!.variables.input;
    const content = JSON.stringify({
      ci: STUDENT,
      code: title.code,
      institution: { code: '80910001', name: 'Unidad Educativa Nicolás Suárez' },
      issuedOn: '2026-11-20',
      issuer: 'MIN-EDUCACION',
      kind: 'BACHILLER',
      name: 'Bachiller en Humanidades',
    });
    expect(input).toEqual({
      ci: STUDENT,
      kind: 'TITLE',
      title: 'Bachiller en Humanidades',
      contentType: 'application/json',
      content: Buffer.from(content, 'utf8').toString('base64'),
      issuedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(Date.parse(input.issuedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(input.issuedAt)).toBeLessThanOrEqual(Date.now());

    const stored = await server.app.database.dataSource.query(
      'SELECT code, ci, kind, institution_code, issued_on, content_sha256, mailbox_document_id, exported FROM academic_title WHERE code = ?',
      [title.code],
    );
    expect(stored).toEqual([
      {
        code: title.code,
        ci: STUDENT,
        kind: 'BACHILLER',
        institution_code: '80910001',
        issued_on: '2026-11-20',
        content_sha256: createHash('sha256').update(content, 'utf8').digest('hex'),
        mailbox_document_id: title.mailboxDocumentId,
        exported: title.exported,
      },
    ]);
    expect(await server.app.database.dataSource.query("SELECT status FROM enrolment WHERE id = 'E-3000005-2'")).toEqual([{ status: 'GRADUATED' }]);
  });

  it('verifies the issued title with its exported document as GENUINE, and a changed byte as not valid', async () => {
    const publicPart = {
      code: issued.code,
      kind: 'BACHILLER',
      name: 'Bachiller en Humanidades',
      issuedOn: '2026-11-20',
      holderCiMasked: '30***05',
      institution: { code: '80910001', name: 'Unidad Educativa Nicolás Suárez' },
    };
    expect(await gql(VERIFY, { code: issued.code, document: issued.exported }, callers.anonymous)).toEqual({
      data: {
        verifyTitle: {
          valid: true,
          status: 'GENUINE',
          message: 'Título auténtico e inalterado: la firma del Ministerio de Educación es válida y el documento coincide con el registro.',
          title: publicPart,
        },
      },
    });
    expect(gateway.requestsFor('verifyDocument').map((request) => request.variables)).toEqual([{ document: issued.exported }]);

    // A changed character of the sha256 in the payload: the register no longer matches.
    const payload = JSON.parse(issued.exported).payload as string;
    const altered = await gql(VERIFY, { code: issued.code, document: tamperPayload(issued.exported, payload.indexOf('"sha256":"') + 12) }, callers.anonymous);
    expect(altered.data.verifyTitle).toEqual({
      valid: false,
      status: 'ALTERED',
      message: 'El documento no coincide con el título registrado: fue alterado o corresponde a otro título.',
      title: publicPart,
    });
    // A changed character of the title in the payload: the register matches, the signature does not.
    const forged = await gql(VERIFY, { code: issued.code, document: tamperPayload(issued.exported, payload.indexOf('"title":"') + 10) }, callers.anonymous);
    expect(forged.data.verifyTitle).toEqual({
      valid: false,
      status: 'SIGNATURE_INVALID',
      message: 'Firma inválida: Firma inválida: el documento fue alterado o no lo firmó la entidad emisora.',
      title: publicPart,
    });
    // Another title's document presented for this code.
    const other = await gql(VERIFY, { code: 'TIT-2005-AYA7K2QM', document: issued.exported }, callers.anonymous);
    expect(other.data.verifyTitle.status).toBe('ALTERED');
  });

  it('refuses a second identical title without depositing', async () => {
    const deposits = gateway.requestsFor('depositDocument').length;
    const body = await gql(ISSUE, { input: bachiller }, registrar);
    expect(body.data.issueTitle.error.code).toBe('TITLE_ALREADY_ISSUED');
    expect(gateway.requestsFor('depositDocument')).toHaveLength(deposits);
  });

  it('issues a title sent twice at once (a double submission) once: one deposit, one record, the other TITLE_ALREADY_ISSUED', async () => {
    const input = await enrolAtUmsa('3000007', 'Economía');
    const deposits = gateway.requestsFor('depositDocument').length;
    const answers = await Promise.all([gql(ISSUE, { input }, registrar), gql(ISSUE, { input: { ...input, name: ' Licenciatura en Economía ' } }, registrar)]);
    const outcomes = answers.map((body) => (body.data.issueTitle.ok ? true : body.data.issueTitle.error.code)).sort();
    expect(outcomes).toEqual([true, 'TITLE_ALREADY_ISSUED'].sort());
    expect(gateway.requestsFor('depositDocument')).toHaveLength(deposits + 1);
    const rows = await server.app.database.dataSource.query("SELECT code FROM academic_title WHERE ci = '3000007' AND name = 'Licenciatura en Economía'");
    expect(rows).toHaveLength(1);
    // Whoever else writes (another process of this subgraph), the database keeps one such title.
    await expect(
      server.app.database.dataSource.query(
        "INSERT INTO academic_title (code, ci, kind, name, institution_code, issued_on, content_sha256) VALUES ('TIT-2026-XXXXXXXX', '3000007', 'LICENCIATURA', 'Licenciatura en Economía', 'UMSA', '2026-11-26', ?)",
        ['0'.repeat(64)],
      ),
    ).rejects.toThrow();
  });

  it('returns DELIVERY_FAILED with the mailbox’s reason when it refuses or the gateway errs, writing nothing', async () => {
    const input = await enrolAtUmsa('3000006', 'Derecho');
    const cases: Array<[typeof gateway.depositMode, string]> = [
      ['refuse', 'El buzón ciudadano no recibió el título: UNKNOWN_CITIZEN: No hay una persona registrada con esa cédula de identidad. No se emitió nada.'],
      ['graphql-error', 'El buzón ciudadano no recibió el título: Servicio identity no disponible. No se emitió nada.'],
    ];
    for (const [mode, message] of cases) {
      gateway.depositMode = mode;
      const before = await counts();
      const body = await gql(ISSUE, { input }, registrar);
      expect(body).toEqual({ data: { issueTitle: { ok: false, title: null, error: { code: 'DELIVERY_FAILED', message, field: null } } } });
      expect(await counts()).toEqual(before);
    }
    gateway.depositMode = 'sign';
    const statuses = await server.app.database.dataSource.query("SELECT status FROM enrolment WHERE ci = '3000006' AND institution_code = 'UMSA'");
    expect(statuses).toEqual([{ status: 'ENROLLED' }]);
  });
});

describe('academicTitles(ci) with consent', () => {
  it('lets MIN-TRABAJO read the titles of a citizen who granted it education:titles, and no one else', async () => {
    gateway.grants.add(`${OWNER}|MIN-TRABAJO|education:titles`);
    const consentChecks = gateway.requestsFor('consentStatus').length;
    expect(await gql(TITLES, { ci: OWNER }, callers.laborService)).toEqual({
      data: {
        academicTitles: [
          { code: 'TIT-2005-AYA7K2QM', name: 'Bachiller en Humanidades' },
          { code: 'TIT-2011-UMS4N8RW', name: 'Licenciatura en Informática' },
        ],
      },
    });
    const checks = gateway.requestsFor('consentStatus').slice(consentChecks);
    expect(checks[0]!.variables).toEqual({ ci: OWNER, entity: 'MIN-TRABAJO', scope: 'education:titles' });

    const refused = await gql(TITLES, { ci: STUDENT }, callers.laborService);
    expect(refused.data).toBeNull();
    expect(refusal(refused)).toEqual([FORBIDDEN]);
    const clinician = await gql(TITLES, { ci: OWNER }, callers.clinician);
    expect(refusal(clinician)).toEqual([FORBIDDEN]);
  });

  it('does not ask identity for consent when the caller is the citizen or a registrar', async () => {
    const consentChecks = gateway.requestsFor('consentStatus').length;
    expect((await gql(TITLES, { ci: OWNER }, callers.owner)).data.academicTitles).toHaveLength(2);
    expect((await gql(TITLES, { ci: OWNER }, registrar)).data.academicTitles).toHaveLength(2);
    expect(gateway.requestsFor('consentStatus')).toHaveLength(consentChecks);
  });
});
