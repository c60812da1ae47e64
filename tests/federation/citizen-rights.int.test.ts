import { DEMO_LOGINS } from '@egob/test-kit';
import { startFederationStack, type FederationStack } from '../support/federation-stack';

// The four citizen-rights subgraphs (health, education, justice, labor) through one gateway,
// with real logins: the record follows the citizen between facilities, a title travels to the
// mailbox through the gateway and verifies, and job matching honours the titles consent.
const OWNER = DEMO_LOGINS.citizen;
const STUDENT = DEMO_LOGINS.otherCitizen;

let stack: FederationStack;
const tokens = new Map<string, string>();

/** Headers of a demo person, logged in once per file; `acting` names the entity a servant acts for. */
async function as(ci: string, acting?: string): Promise<Record<string, string>> {
  let token = tokens.get(ci);
  if (!token) {
    token = await stack.login(ci);
    tokens.set(ci, token);
  }
  return { authorization: `Bearer ${token}`, ...(acting ? { 'x-egob-acting-entity': acting } : {}) };
}

/** Runs `query` through the gateway and returns its body, failing on HTTP errors. */
async function graph(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const { status, body } = await stack.query(query, variables, undefined, headers);
  expect(status).toBe(200);
  return body;
}

beforeAll(async () => {
  stack = await startFederationStack('rights', { citizens: 60, citizenRights: true });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the citizen home: one query over five subgraphs', () => {
  const HOME = `query ($ci: ID!) {
    citizen(ci: $ci) {
      fullName
      affiliation { status insurer { code name } }
      healthRecord { encounters { facility { code name territory { name } } diagnoses { code } } }
      academicRecord { enrolments { institution { code } level status } titles { kind name institution { name } issuedOn } }
      judicialCases { number court { code } status hearings { startsAt courtroom } }
      employmentHistory { employer { name entity { code } } position startDate endDate contributionsStatus }
    }
  }`;

  it('answers the demo citizen her own records from every entity', async () => {
    const body = await graph(HOME, { ci: OWNER }, await as(OWNER));
    expect(body.errors).toBeUndefined();
    const citizen = body.data.citizen;
    expect(citizen.fullName).toBe('Juana Rosa Mamani Quispe');
    expect(citizen.affiliation).toEqual({ status: 'ACTIVE', insurer: { code: 'MIN-SALUD', name: 'Ministerio de Salud y Deportes' } });
    expect(citizen.healthRecord.encounters).toHaveLength(2);
    expect(citizen.healthRecord.encounters.every((e: any) => e.facility.code === '200001' && e.facility.territory.name === 'Nuestra Señora de La Paz')).toBe(true);
    expect(citizen.academicRecord.titles.map((t: any) => [t.kind, t.name, t.institution.name, t.issuedOn])).toEqual([
      ['BACHILLER', 'Bachiller en Humanidades', 'Unidad Educativa Ayacucho', '2005-12-15'],
      ['LICENCIATURA', 'Licenciatura en Informática', 'Universidad Mayor de San Andrés', '2011-11-30'],
    ]);
    expect(citizen.judicialCases).toEqual([
      {
        number: 'LPZ-CIV-03-2025-000001',
        court: { code: 'LPZ-CIV-03' },
        status: 'IN_PROGRESS',
        hearings: [
          { startsAt: '2025-06-02T14:00:00.000Z', courtroom: 'Sala 3' },
          { startsAt: '2027-02-15T14:00:00.000Z', courtroom: 'Sala 3' },
        ],
      },
    ]);
    const current = citizen.employmentHistory.find((e: any) => e.endDate === null);
    expect(current).toEqual({
      employer: { name: 'Gobierno Autónomo Municipal de La Paz', entity: { code: 'GAM-020101' } },
      position: 'Técnica en sistemas',
      startDate: '2019-02-01',
      endDate: null,
      contributionsStatus: 'AL_DIA',
    });
    expect(citizen.employmentHistory).toHaveLength(2);
  });

  it('refuses another citizen every record, and the anonymous caller everything', async () => {
    const other = await graph(HOME, { ci: OWNER }, await as(STUDENT));
    expect(other.data?.citizen ?? null).toBeNull();
    expect(other.errors.map((e: any) => e.extensions.code)).toContain('FORBIDDEN');
    const anonymous = await graph(HOME, { ci: OWNER });
    expect(anonymous.data?.citizen ?? null).toBeNull();
    expect(anonymous.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the health record follows the patient between facilities', () => {
  const RECORD = `query ($ci: ID!) { citizen(ci: $ci) { healthRecord { encounters { id reason facility { code } clinician { name } diagnoses { code description } } } } }`;
  const OPEN = `mutation ($input: OpenAttentionInput!) { openAttention(input: $input) { ok error { code message } attention { id facility { code } } } }`;
  const RECORD_ENCOUNTER = `mutation ($input: RecordEncounterInput!) { recordEncounter(input: $input) { ok error { code message field } encounter { id facility { code } diagnoses { code } } } }`;

  it('shows a clinician at a second facility the encounter recorded at the first, once the patient is seen there', async () => {
    const first = await as(DEMO_LOGINS.clinician, 'MIN-SALUD');
    const opened = await graph(OPEN, { input: { ci: STUDENT, facilityCode: '200001' } }, first);
    expect(opened.data.openAttention).toMatchObject({ ok: true, error: null, attention: { facility: { code: '200001' } } });
    const recorded = await graph(
      RECORD_ENCOUNTER,
      {
        input: {
          ci: STUDENT,
          facilityCode: '200001',
          reason: 'Dolor abdominal de dos días',
          diagnoses: ['K35.8', 'R10.4'],
          prescriptions: [{ medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 }],
          notes: 'Se refiere a cirugía.',
        },
      },
      first,
    );
    expect(recorded.data.recordEncounter).toMatchObject({ ok: true, error: null, encounter: { facility: { code: '200001' }, diagnoses: [{ code: 'K35.8' }, { code: 'R10.4' }] } });
    const encounterId = recorded.data.recordEncounter.encounter.id;

    const second = await as(DEMO_LOGINS.secondClinician, 'MIN-SALUD');
    const before = await graph(RECORD, { ci: STUDENT }, second);
    expect(before.data?.citizen?.healthRecord ?? null).toBeNull();
    expect(before.errors[0].extensions.code).toBe('FORBIDDEN');

    const openedThere = await graph(OPEN, { input: { ci: STUDENT, facilityCode: '700001' } }, second);
    expect(openedThere.data.openAttention).toMatchObject({ ok: true, error: null });
    const after = await graph(RECORD, { ci: STUDENT }, second);
    expect(after.errors).toBeUndefined();
    const seen = after.data.citizen.healthRecord.encounters.find((e: any) => e.id === encounterId);
    expect(seen).toMatchObject({ reason: 'Dolor abdominal de dos días', facility: { code: '200001' }, diagnoses: [{ code: 'K35.8' }, { code: 'R10.4' }] });
  });

  it('refuses a diagnosis that is not ICD-10 and writes nothing', async () => {
    const first = await as(DEMO_LOGINS.clinician, 'MIN-SALUD');
    const before = await graph(RECORD, { ci: STUDENT }, first);
    const refused = await graph(RECORD_ENCOUNTER, { input: { ci: STUDENT, facilityCode: '200001', reason: 'Control', diagnoses: ['J06.9', 'gripe'], prescriptions: [], notes: '' } }, first);
    expect(refused.data.recordEncounter).toMatchObject({ ok: false, encounter: null, error: { code: 'INVALID_DIAGNOSIS', field: 'diagnoses' } });
    expect(refused.data.recordEncounter.error.message).toContain('gripe');
    const after = await graph(RECORD, { ci: STUDENT }, first);
    expect(after.data.citizen.healthRecord.encounters).toEqual(before.data.citizen.healthRecord.encounters);
  });
});

describe('a title travels to the mailbox through the gateway and verifies', () => {
  const ISSUE = `mutation ($input: IssueTitleInput!) { issueTitle(input: $input) { ok error { code message field } title { code kind name mailboxDocumentId exported } } }`;
  const VERIFY_TITLE = `query ($code: ID!, $document: String) { verifyTitle(code: $code, document: $document) { valid status message title { code kind name } } }`;
  const VERIFY_DOCUMENT = `query ($document: String!) { verifyDocument(document: $document) { valid issuer { code } reason } }`;
  let issued: { code: string; mailboxDocumentId: string; exported: string };

  beforeAll(async () => {
    const registrar = await as(DEMO_LOGINS.registrar, 'MIN-EDUCACION');
    const record = await graph(`query ($ci: ID!) { citizen(ci: $ci) { academicRecord { enrolments { institution { code } level status } } } }`, { ci: STUDENT }, registrar);
    const school = record.data.citizen.academicRecord.enrolments.find((e: any) => e.level === 'SECUNDARIA' && e.status === 'ENROLLED');
    const body = await graph(ISSUE, { input: { ci: STUDENT, institutionCode: school.institution.code, kind: 'BACHILLER', name: 'Bachiller en Humanidades' } }, registrar);
    expect(body.errors).toBeUndefined();
    expect(body.data.issueTitle).toMatchObject({ ok: true, error: null, title: { kind: 'BACHILLER', name: 'Bachiller en Humanidades' } });
    issued = body.data.issueTitle.title;
  });

  it('is in the student’s mailbox, signed by the Ministry of Education', async () => {
    const mailbox = await graph(`query ($ci: ID!) { citizen(ci: $ci) { mailbox { nodes { id kind title issuer { code } exported } } } }`, { ci: STUDENT }, await as(STUDENT));
    const document = mailbox.data.citizen.mailbox.nodes.find((d: any) => d.id === issued.mailboxDocumentId);
    expect(document).toEqual({ id: issued.mailboxDocumentId, kind: 'TITLE', title: 'Bachiller en Humanidades', issuer: { code: 'MIN-EDUCACION' }, exported: issued.exported });
  });

  it('verifies for anyone, by code and with the exported document', async () => {
    const byCode = await graph(VERIFY_TITLE, { code: issued.code });
    expect(byCode.data.verifyTitle).toMatchObject({ valid: true, status: 'GENUINE', title: { code: issued.code, kind: 'BACHILLER', name: 'Bachiller en Humanidades' } });
    const withDocument = await graph(VERIFY_TITLE, { code: issued.code, document: issued.exported });
    expect(withDocument.data.verifyTitle).toMatchObject({ valid: true, status: 'GENUINE' });
    const signature = await graph(VERIFY_DOCUMENT, { document: issued.exported });
    expect(signature.data.verifyDocument).toEqual({ valid: true, issuer: { code: 'MIN-EDUCACION' }, reason: null });
  });

  it('fails to verify once one byte of the document is changed', async () => {
    const exported = JSON.parse(issued.exported) as { payload: string; signature: string; keyId: string };
    // "Bachiller" → "Bachillex": one byte of the signed payload.
    const tampered = JSON.stringify({ ...exported, payload: exported.payload.replace('Bachiller', 'Bachillex') });
    expect(Buffer.from(tampered).length).toBe(Buffer.from(issued.exported).length);
    const title = await graph(VERIFY_TITLE, { code: issued.code, document: tampered });
    expect(title.data.verifyTitle.valid).toBe(false);
    expect(['ALTERED', 'SIGNATURE_INVALID']).toContain(title.data.verifyTitle.status);
    const signature = await graph(VERIFY_DOCUMENT, { document: tampered });
    expect(signature.data.verifyDocument.valid).toBe(false);
  });

  it('refuses a title for a citizen who is not enrolled, and deposits nothing', async () => {
    const registrar = await as(DEMO_LOGINS.registrar, 'MIN-EDUCACION');
    const notEnrolled = DEMO_LOGINS.auditor;
    const body = await graph(ISSUE, { input: { ci: notEnrolled, institutionCode: 'UAGRM', kind: 'LICENCIATURA', name: 'Licenciatura en Derecho' } }, registrar);
    expect(body.data.issueTitle).toMatchObject({ ok: false, title: null, error: { code: 'NOT_ENROLLED' } });
    const mailbox = await graph(`query ($ci: ID!) { citizen(ci: $ci) { mailbox { nodes { title } } } }`, { ci: notEnrolled }, await as(notEnrolled));
    expect(mailbox.data.citizen.mailbox.nodes.map((d: any) => d.title)).not.toContain('Licenciatura en Derecho');
  });
});

describe('job matching uses titles only with the citizen’s consent', () => {
  const POSTINGS = `query ($ci: ID!) { matchingPostings(ci: $ci, first: 5) { titlesConsidered notice matches { score reasons posting { id title employer { name } } } } }`;

  it('considers the titles of a citizen who consented, and says so when one did not', async () => {
    const withConsent = await graph(POSTINGS, { ci: OWNER }, await as(OWNER));
    expect(withConsent.errors).toBeUndefined();
    expect(withConsent.data.matchingPostings.titlesConsidered).toBe(true);
    expect(withConsent.data.matchingPostings.notice).toBeNull();
    expect(withConsent.data.matchingPostings.matches.length).toBeGreaterThan(0);

    const withoutConsent = await graph(POSTINGS, { ci: STUDENT }, await as(STUDENT));
    expect(withoutConsent.errors).toBeUndefined();
    expect(withoutConsent.data.matchingPostings.titlesConsidered).toBe(false);
    expect(withoutConsent.data.matchingPostings.notice).toMatch(/autoriz/i);
  });

  it('ranks the employer’s candidates with and without titles, and stops using them once consent is revoked', async () => {
    const employer = await as(DEMO_LOGINS.employer, 'GAM-020101');
    const postings = await graph(`{ jobPostings(first: 100, departmentCode: "02", open: true) { nodes { id title requiredTitle employer { entity { code } } } } }`);
    const analyst = postings.data.jobPostings.nodes.find((p: any) => p.employer.entity?.code === 'GAM-020101' && p.requiredTitle === 'LICENCIATURA');
    expect(analyst).toBeDefined();
    const PROFILES = `query ($id: ID!) { matchingProfiles(postingId: $id, first: 50) { matches { ci score titlesConsidered notice reasons } } }`;
    const ranked = await graph(PROFILES, { id: analyst.id }, employer);
    expect(ranked.errors).toBeUndefined();
    const byCi = new Map(ranked.data.matchingProfiles.matches.map((m: any) => [m.ci, m]));
    expect(byCi.get(OWNER)).toMatchObject({ titlesConsidered: true, notice: null });
    expect(byCi.get(STUDENT)).toMatchObject({ titlesConsidered: false });
    expect((byCi.get(STUDENT) as any).notice).toMatch(/autoriz/i);

    const owner = await as(OWNER);
    const consents = await graph(`query ($ci: ID!) { citizen(ci: $ci) { consents { id scope entity { code } } } }`, { ci: OWNER }, owner);
    const grant = consents.data.citizen.consents.find((c: any) => c.scope === 'education:titles' && c.entity.code === 'MIN-TRABAJO');
    const revoked = await graph('mutation ($input: RevokeConsentInput!) { revokeConsent(input: $input) { ok } }', { input: { ci: OWNER, id: grant.id } }, owner);
    expect(revoked.data.revokeConsent.ok).toBe(true);
    const afterRevocation = await graph(POSTINGS, { ci: OWNER }, owner);
    expect(afterRevocation.data.matchingPostings.titlesConsidered).toBe(false);
    expect(afterRevocation.data.matchingPostings.notice).toMatch(/autoriz/i);
  });
});
