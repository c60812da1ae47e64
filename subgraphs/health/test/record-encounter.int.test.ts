import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { FORBIDDEN, callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { gql, refusal, count, openAttention } = healthTestHelpers(() => server);

/** The patient of this file: demo citizen 4. */
const PATIENT = '3000004';

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_encounter', citizens: 8 });
  await openAttention(PATIENT, '200001', callers.clinician);
});

afterAll(async () => {
  await server?.stop();
});

const RECORD_ENCOUNTER = `mutation ($input: RecordEncounterInput!) {
  recordEncounter(input: $input) {
    ok
    error { code message field }
    encounter { id occurredAt reason facility { code } clinician { name professionalRegistration } diagnoses { code description } prescriptions { medication dose frequency durationDays } notes }
  }
}`;
const RECORD = citizenEntities('healthRecord { encounters { id occurredAt reason diagnoses { code } notes } referrals { id status } followUps { id status } }');

const valid = {
  ci: PATIENT,
  facilityCode: '200001',
  occurredAt: '2025-06-10T14:30:00Z',
  reason: 'Tos y fiebre',
  diagnoses: ['j06.9 ', 'R50.9', 'U07.1'],
  prescriptions: [{ medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 }],
  notes: 'Control en 48 horas si persiste la fiebre.',
};

async function snapshot() {
  const record = await gql(RECORD, { r: citizenRepresentations([PATIENT]) }, callers.clinician);
  expect(record.errors).toBeUndefined();
  return { record: record.data, encounters: await count('health_encounter'), referrals: await count('health_referral'), followUps: await count('health_follow_up') };
}

describe('recordEncounter', () => {
  it('records an encounter with normalized ICD-10 codes, the clinician’s name and registration', async () => {
    const before = await count('health_encounter');
    const body = await gql(RECORD_ENCOUNTER, { input: valid }, callers.clinician);
    expect(body).toEqual({
      data: {
        recordEncounter: {
          ok: true,
          error: null,
          encounter: {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            occurredAt: '2025-06-10T14:30:00.000Z',
            reason: 'Tos y fiebre',
            facility: { code: '200001' },
            clinician: { name: 'Marcelo Rodrigo Torrez Torrez', professionalRegistration: 'MP-LP-10231' },
            diagnoses: [
              { code: 'J06.9', description: 'Infección aguda de las vías respiratorias superiores, no especificada' },
              { code: 'R50.9', description: 'Fiebre, no especificada' },
              { code: 'U07.1', description: 'COVID-19, virus identificado' },
            ],
            prescriptions: [{ medication: 'Paracetamol 500 mg', dose: '1 comprimido', frequency: 'cada 8 horas', durationDays: 3 }],
            notes: 'Control en 48 horas si persiste la fiebre.',
          },
        },
      },
    });
    expect(await count('health_encounter')).toBe(before + 1);
    const record = await gql(RECORD, { r: citizenRepresentations([PATIENT]) }, callers.clinician);
    expect(record.data._entities[0].healthRecord.encounters.map((e: any) => e.id)).toContain(body.data.recordEncounter.encounter.id);
  });

  it('takes now when occurredAt is omitted, and a valid code without a Spanish title has a null description', async () => {
    const started = Date.now();
    const body = await gql(RECORD_ENCOUNTER, { input: { ...valid, occurredAt: null, diagnoses: ['A00.1'], prescriptions: null, notes: null } }, callers.clinician);
    expect(body.data.recordEncounter.ok).toBe(true);
    expect(body.data.recordEncounter.encounter.diagnoses).toEqual([{ code: 'A00.1', description: null }]);
    expect(body.data.recordEncounter.encounter.prescriptions).toEqual([]);
    expect(body.data.recordEncounter.encounter.notes).toBe('');
    expect(Date.parse(body.data.recordEncounter.encounter.occurredAt)).toBeGreaterThanOrEqual(started - 1000);
  });

  const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const refusals: Array<[string, Record<string, unknown>, Partial<typeof callers.clinician>, { code: string; message: string; field: string }]> = [
    ['a diagnosis that is not ICD-10 in form', { diagnoses: ['J06.9', 'gripe'] }, callers.clinician,
      { code: 'INVALID_DIAGNOSIS', message: 'El diagnóstico «gripe» no es un código CIE-10 válido (p. ej. J06.9).', field: 'diagnoses' }],
    ['a category ICD-10 does not have', { diagnoses: ['D99.1'] }, callers.clinician,
      { code: 'INVALID_DIAGNOSIS', message: 'El diagnóstico «D99.1» no es un código CIE-10 válido (p. ej. J06.9).', field: 'diagnoses' }],
    ['a special-purpose code outside U00–U85', { diagnoses: ['U99'] }, callers.clinician,
      { code: 'INVALID_DIAGNOSIS', message: 'El diagnóstico «U99» no es un código CIE-10 válido (p. ej. J06.9).', field: 'diagnoses' }],
    ['no diagnosis', { diagnoses: [] }, callers.clinician,
      { code: 'INVALID_DIAGNOSIS', message: 'Registre al menos un diagnóstico CIE-10 (p. ej. Z00.0 para un control).', field: 'diagnoses' }],
    ['more than 20 diagnoses', { diagnoses: Array.from({ length: 21 }, () => 'J06.9') }, callers.clinician,
      { code: 'TOO_MANY_DIAGNOSES', message: 'Registre como máximo 20 diagnósticos por consulta.', field: 'diagnoses' }],
    ['an empty reason', { reason: '   ' }, callers.clinician,
      { code: 'INVALID_REASON', message: 'Indique el motivo de consulta (1 a 500 caracteres).', field: 'reason' }],
    ['a reason over 500 characters', { reason: 'x'.repeat(501) }, callers.clinician,
      { code: 'INVALID_REASON', message: 'Indique el motivo de consulta (1 a 500 caracteres).', field: 'reason' }],
    ['an instant in the future', { occurredAt: future }, callers.clinician,
      { code: 'INVALID_OCCURRED_AT', message: 'La fecha y hora de la consulta debe ser un instante ISO-8601 en UTC (p. ej. 2025-03-01T14:30:00Z) y no puede estar en el futuro.', field: 'occurredAt' }],
    ['an instant that is not ISO-8601 UTC', { occurredAt: '10/06/2025 14:30' }, callers.clinician,
      { code: 'INVALID_OCCURRED_AT', message: 'La fecha y hora de la consulta debe ser un instante ISO-8601 en UTC (p. ej. 2025-03-01T14:30:00Z) y no puede estar en el futuro.', field: 'occurredAt' }],
    ['a prescription without dose', { prescriptions: [{ medication: 'Amoxicilina 500 mg', dose: ' ', frequency: 'cada 8 horas', durationDays: 7 }] }, callers.clinician,
      { code: 'INVALID_PRESCRIPTION', message: 'La prescripción 1 está incompleta: indique medicamento, dosis y frecuencia (hasta 200 caracteres) y una duración de 1 a 365 días.', field: 'prescriptions' }],
    ['a prescription of 0 days', { prescriptions: [{ medication: 'Amoxicilina 500 mg', dose: '1 cápsula', frequency: 'cada 8 horas', durationDays: 0 }] }, callers.clinician,
      { code: 'INVALID_PRESCRIPTION', message: 'La prescripción 1 está incompleta: indique medicamento, dosis y frecuencia (hasta 200 caracteres) y una duración de 1 a 365 días.', field: 'prescriptions' }],
    ['notes over 4000 characters', { notes: 'n'.repeat(4001) }, callers.clinician,
      { code: 'INVALID_NOTES', message: 'Las notas admiten hasta 4000 caracteres.', field: 'notes' }],
    ['a malformed CI', { ci: '30-00004' }, callers.clinician,
      { code: 'INVALID_CI', message: 'Cédula de identidad inválida: use de 4 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).', field: 'ci' }],
    ['an unknown facility', { facilityCode: '299999' }, callers.clinician,
      { code: 'UNKNOWN_FACILITY', message: 'No existe un establecimiento de salud con el código 299999.', field: 'facilityCode' }],
    ['a clinician who is not staff there', {}, callers.secondClinician,
      { code: 'NOT_STAFF_OF_FACILITY', message: 'Usted no está registrado como personal de salud del establecimiento 200001.', field: 'facilityCode' }],
    ['a facility where the patient has no open attention', { facilityCode: '200010' }, callers.clinician,
      { code: 'NO_OPEN_ATTENTION', message: 'La persona no tiene una atención abierta en el establecimiento 200010: abra la atención antes de registrar.', field: 'facilityCode' }],
  ];

  it.each(refusals)('refuses %s with a typed error and writes nothing', async (_case, change, caller, error) => {
    const before = await snapshot();
    const body = await gql(RECORD_ENCOUNTER, { input: { ...valid, ...change } }, caller);
    expect(body).toEqual({ data: { recordEncounter: { ok: false, error, encounter: null } } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a caller without the clinician role before anything runs', async () => {
    const before = await snapshot();
    const body = await gql(RECORD_ENCOUNTER, { input: valid }, callers.owner);
    expect(body.data).toBeNull();
    expect(refusal(body)).toEqual([FORBIDDEN]);
    // The role without an acting entity is not enough either.
    const unbound = await gql(RECORD_ENCOUNTER, { input: valid }, { subject: '3000001', roles: ['health:clinician'] });
    expect(refusal(unbound)).toEqual([FORBIDDEN]);
    expect(await snapshot()).toEqual(before);
  });
});
