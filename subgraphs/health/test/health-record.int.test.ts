import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { FORBIDDEN, OPEN_ATTENTION, OTHER, OWNER, callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { gql, refusal, openAttention } = healthTestHelpers(() => server);

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_record', citizens: 8 });
});

afterAll(async () => {
  await server?.stop();
});

const RECORD = citizenEntities(`healthRecord {
  encounters { id occurredAt reason facility { code name } clinician { name professionalRegistration } diagnoses { code description } prescriptions { medication dose frequency durationDays } notes }
  referrals { id }
  followUps { dueDate notes status facility { code } encounter { occurredAt reason } }
}`);
const RECORD_ENCOUNTER = `mutation ($input: RecordEncounterInput!) { recordEncounter(input: $input) { ok error { code message field } encounter { id facility { code } diagnoses { code } } } }`;

describe('the demo citizen reads her own whole record', () => {
  it('has two encounters at the Hospital de Clínicas, newest first, and one follow-up', async () => {
    const body = await gql(RECORD, { r: citizenRepresentations([OWNER]) }, callers.owner);
    expect(body.errors).toBeUndefined();
    const clinician = { name: 'Marcelo Rodrigo Torrez Torrez', professionalRegistration: 'MP-LP-10231' };
    expect(body.data._entities[0].healthRecord).toEqual({
      encounters: [
        {
          id: expect.any(String),
          occurredAt: '2025-01-22T15:00:00.000Z',
          reason: 'Control de presión arterial',
          facility: { code: '200001', name: 'Hospital de Clínicas' },
          clinician,
          diagnoses: [{ code: 'I10', description: 'Hipertensión esencial (primaria)' }],
          prescriptions: [{ medication: 'Enalapril 10 mg', dose: '1 comprimido', frequency: 'cada 24 horas', durationDays: 30 }],
          notes: 'Presión 150/95 mmHg. Dieta hiposódica y actividad física.',
        },
        {
          id: expect.any(String),
          occurredAt: '2024-03-18T13:30:00.000Z',
          reason: 'Fiebre, tos y dolor de garganta de tres días',
          facility: { code: '200001', name: 'Hospital de Clínicas' },
          clinician,
          diagnoses: [{ code: 'J06.9', description: 'Infección aguda de las vías respiratorias superiores, no especificada' }],
          prescriptions: [{ medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 }],
          notes: 'Reposo e hidratación. Volver si la fiebre persiste más de 48 horas.',
        },
      ],
      referrals: [],
      followUps: [
        {
          dueDate: '2027-07-22',
          notes: 'Control de presión arterial y ajuste de dosis.',
          status: 'SCHEDULED',
          facility: { code: '200001' },
          encounter: { occurredAt: '2025-01-22T15:00:00.000Z', reason: 'Control de presión arterial' },
        },
      ],
    });
    // The clinician is named, never identified by CI.
    expect(JSON.stringify(body.data)).not.toContain('3000001');
  });

  it('refuses another citizen and the anonymous caller', async () => {
    for (const caller of [callers.otherCitizen, callers.anonymous]) {
      const body = await gql(RECORD, { r: citizenRepresentations([OWNER]) }, caller);
      expect(body.data._entities).toEqual([{ ci: OWNER, healthRecord: null }]);
      expect(refusal(body)).toEqual([FORBIDDEN]);
    }
  });
});

describe('a clinician reads the record only while the citizen is being seen at their facility', () => {
  it('refuses the clinician of the second facility before the attention, and shows them the first facility’s encounter after', async () => {
    // The first clinician sees the citizen at 200001 and records an encounter there.
    await openAttention(OTHER, '200001', callers.clinician);
    const recorded = await gql(
      RECORD_ENCOUNTER,
      { input: { ci: OTHER, facilityCode: '200001', reason: 'Dolor abdominal de dos días', diagnoses: ['K35.8', 'R10.4'], notes: 'Se refiere a cirugía.' } },
      callers.clinician,
    );
    expect(recorded.data.recordEncounter).toEqual({ ok: true, error: null, encounter: { id: expect.any(String), facility: { code: '200001' }, diagnoses: [{ code: 'K35.8' }, { code: 'R10.4' }] } });
    const encounterId = recorded.data.recordEncounter.encounter.id;

    const before = await gql(RECORD, { r: citizenRepresentations([OTHER]) }, callers.secondClinician);
    expect(before.data._entities).toEqual([{ ci: OTHER, healthRecord: null }]);
    expect(refusal(before)).toEqual([FORBIDDEN]);

    await openAttention(OTHER, '700001', callers.secondClinician);
    const after = await gql(RECORD, { r: citizenRepresentations([OTHER]) }, callers.secondClinician);
    expect(after.errors).toBeUndefined();
    const seen = after.data._entities[0].healthRecord.encounters.find((e: any) => e.id === encounterId);
    expect(seen).toEqual({
      id: encounterId,
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      reason: 'Dolor abdominal de dos días',
      facility: { code: '200001', name: 'Hospital de Clínicas' },
      clinician: { name: 'Marcelo Rodrigo Torrez Torrez', professionalRegistration: 'MP-LP-10231' },
      diagnoses: [
        { code: 'K35.8', description: 'Apendicitis aguda, otras y las no especificadas' },
        { code: 'R10.4', description: 'Otros dolores abdominales y los no especificados' },
      ],
      prescriptions: [],
      notes: 'Se refiere a cirugía.',
    });
    // The second clinician's attention is for this citizen only.
    const owner = await gql(RECORD, { r: citizenRepresentations([OWNER]) }, callers.secondClinician);
    expect(refusal(owner)).toEqual([FORBIDDEN]);
  });

  it('stops showing the record once the attention is closed or expired', async () => {
    const patient = '3000003';
    const id = await openAttention(patient, '700001', callers.secondClinician);
    expect((await gql(RECORD, { r: citizenRepresentations([patient]) }, callers.secondClinician)).errors).toBeUndefined();

    const closed = await gql('mutation ($id: ID!) { closeAttention(input: { id: $id }) { ok error { code } attention { id closedAt } } }', { id }, callers.secondClinician);
    expect(closed.data.closeAttention).toEqual({ ok: true, error: null, attention: { id, closedAt: expect.stringMatching(/Z$/) } });
    expect(refusal(await gql(RECORD, { r: citizenRepresentations([patient]) }, callers.secondClinician))).toEqual([FORBIDDEN]);
    const again = await gql('mutation ($id: ID!) { closeAttention(input: { id: $id }) { ok error { code field } } }', { id }, callers.secondClinician);
    expect(again.data.closeAttention).toEqual({ ok: false, error: { code: 'ATTENTION_ALREADY_CLOSED', field: 'id' } });

    const second = await openAttention(patient, '700001', callers.secondClinician);
    await server.app.database.dataSource.query('UPDATE health_attention SET expires_at = ? WHERE id = ?', ['2020-01-01T00:00:00.000Z', second]);
    expect(refusal(await gql(RECORD, { r: citizenRepresentations([patient]) }, callers.secondClinician))).toEqual([FORBIDDEN]);
  });

  it('opens an attention only for staff of a known facility and a well-formed CI', async () => {
    const attention = await gql(OPEN_ATTENTION, { input: { ci: OWNER, facilityCode: '200001' } }, callers.clinician);
    expect(attention.data.openAttention).toEqual({
      ok: true,
      error: null,
      attention: {
        id: expect.any(String),
        ci: OWNER,
        facility: { code: '200001' },
        openedAt: expect.stringMatching(/Z$/),
        expiresAt: expect.stringMatching(/Z$/),
        closedAt: null,
      },
    });
    const { openedAt, expiresAt } = attention.data.openAttention.attention;
    expect(Date.parse(expiresAt) - Date.parse(openedAt)).toBe(24 * 3_600_000);

    const attempts: Array<[Record<string, string>, unknown]> = [
      [{ ci: OWNER, facilityCode: '200001' }, { code: 'NOT_STAFF_OF_FACILITY', message: 'Usted no está registrado como personal de salud del establecimiento 200001.', field: 'facilityCode' }],
      [{ ci: OWNER, facilityCode: '999999' }, { code: 'UNKNOWN_FACILITY', message: 'No existe un establecimiento de salud con el código 999999.', field: 'facilityCode' }],
      [{ ci: '12-AB', facilityCode: '700001' }, { code: 'INVALID_CI', message: expect.stringContaining('Cédula de identidad inválida'), field: 'ci' }],
    ];
    const count = async () => Number((await server.app.database.dataSource.query('SELECT COUNT(*) AS n FROM health_attention'))[0].n);
    const before = await count();
    for (const [input, error] of attempts) {
      const body = await gql(OPEN_ATTENTION, { input }, callers.secondClinician);
      expect(body.data.openAttention).toEqual({ ok: false, error, attention: null });
    }
    expect(await count()).toBe(before);
    // A citizen is not a clinician at all: the mutation itself is refused.
    const citizen = await gql(OPEN_ATTENTION, { input: { ci: OWNER, facilityCode: '200001' } }, callers.owner);
    expect(citizen.data).toBeNull();
    expect(refusal(citizen)).toEqual([FORBIDDEN]);
  });
});
