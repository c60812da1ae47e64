import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import subgraph from '@egob/health';
import { callers, citizenEntities, citizenRepresentations, healthTestHelpers } from './support/health-callers';

let server: TestSubgraph<unknown>;
const { gql, count, openAttention } = healthTestHelpers(() => server);

/** The patient of this file: demo citizen 6. */
const PATIENT = '3000006';

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'health_referral', citizens: 8 });
  await openAttention(PATIENT, '200010', callers.clinician);
});

afterAll(async () => {
  await server?.stop();
});

const REFER = `mutation ($input: ReferPatientInput!) {
  referPatient(input: $input) { ok error { code message field } referral { id kind from { code level } to { code level } reason diagnosis { code description } createdAt status } }
}`;
const SCHEDULE = `mutation ($input: ScheduleFollowUpInput!) {
  scheduleFollowUp(input: $input) { ok error { code message field } followUp { id encounter { id } facility { code } dueDate notes status } }
}`;
const RECORD_ENCOUNTER = `mutation ($input: RecordEncounterInput!) { recordEncounter(input: $input) { ok encounter { id } } }`;
const REFERRALS = citizenEntities('healthRecord { referrals { id kind status from { code } to { code } } followUps { id status } }');

/** Returns today's date in Bolivia (UTC−4) shifted by `days`. */
function laPazDay(days: number): string {
  return new Date(Date.now() - 4 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

describe('referrals between levels of care', () => {
  it('refers from a primer nivel centre up to a tercer nivel hospital, which accepts and completes it', async () => {
    const body = await gql(
      REFER,
      { input: { ci: PATIENT, fromFacilityCode: '200010', toFacilityCode: '200001', reason: 'Sospecha de apendicitis', diagnosis: 'K35.8' } },
      callers.clinician,
    );
    expect(body).toEqual({
      data: {
        referPatient: {
          ok: true,
          error: null,
          referral: {
            id: expect.stringMatching(/^[0-9a-f-]{36}$/),
            kind: 'REFERRAL',
            from: { code: '200010', level: 'PRIMER_NIVEL' },
            to: { code: '200001', level: 'TERCER_NIVEL' },
            reason: 'Sospecha de apendicitis',
            diagnosis: { code: 'K35.8', description: 'Apendicitis aguda, otras y las no especificadas' },
            createdAt: expect.stringMatching(/Z$/),
            status: 'PENDING',
          },
        },
      },
    });
    const id = body.data.referPatient.referral.id;
    const status = async () => {
      const record = await gql(REFERRALS, { r: citizenRepresentations([PATIENT]) }, callers.clinician);
      return record.data._entities[0].healthRecord.referrals.find((r: any) => r.id === id).status;
    };
    await openAttention(PATIENT, '200001', callers.clinician);
    expect(await status()).toBe('ACCEPTED');
    const recorded = await gql(RECORD_ENCOUNTER, { input: { ci: PATIENT, facilityCode: '200001', reason: 'Dolor en fosa ilíaca derecha', diagnoses: ['K35.8'] } }, callers.clinician);
    expect(recorded.data.recordEncounter.ok).toBe(true);
    expect(await status()).toBe('COMPLETED');
  });

  it('counter-refers from the hospital back down to the centre', async () => {
    const body = await gql(REFER, { input: { ci: PATIENT, fromFacilityCode: '200001', toFacilityCode: '200010', reason: 'Control posoperatorio en su centro', diagnosis: null } }, callers.clinician);
    expect(body.data.referPatient).toMatchObject({ ok: true, error: null, referral: { kind: 'COUNTER_REFERRAL', from: { code: '200001' }, to: { code: '200010' }, diagnosis: null, status: 'PENDING' } });
  });

  const refusals: Array<[string, Record<string, unknown>, { code: string; message: string; field: string }]> = [
    ['a destination of the same level', { fromFacilityCode: '200001', toFacilityCode: '700001' },
      { code: 'SAME_LEVEL_OF_CARE', message: 'El establecimiento de destino debe tener otro nivel de atención: una referencia va a un nivel superior y una contrarreferencia a uno inferior.', field: 'toFacilityCode' }],
    ['the same facility', { fromFacilityCode: '200001', toFacilityCode: '200001' },
      { code: 'SAME_LEVEL_OF_CARE', message: 'El establecimiento de destino debe tener otro nivel de atención: una referencia va a un nivel superior y una contrarreferencia a uno inferior.', field: 'toFacilityCode' }],
    ['an unknown destination', { toFacilityCode: '209999' }, { code: 'UNKNOWN_FACILITY', message: 'No existe un establecimiento de salud con el código 209999.', field: 'toFacilityCode' }],
    ['an origin where the clinician is not staff', { fromFacilityCode: '200011' },
      { code: 'NOT_STAFF_OF_FACILITY', message: 'Usted no está registrado como personal de salud del establecimiento 200011.', field: 'fromFacilityCode' }],
    ['a diagnosis that is not ICD-10', { diagnosis: 'apendicitis' }, { code: 'INVALID_DIAGNOSIS', message: 'El diagnóstico «apendicitis» no es un código CIE-10 válido (p. ej. J06.9).', field: 'diagnosis' }],
    ['an empty reason', { reason: '' }, { code: 'INVALID_REASON', message: 'Indique el motivo de consulta (1 a 500 caracteres).', field: 'reason' }],
  ];

  it.each(refusals)('refuses %s and writes nothing', async (_case, change, error) => {
    const before = await count('health_referral');
    const body = await gql(REFER, { input: { ci: PATIENT, fromFacilityCode: '200010', toFacilityCode: '200001', reason: 'Evaluación', diagnosis: 'R10.4', ...change } }, callers.clinician);
    expect(body).toEqual({ data: { referPatient: { ok: false, error, referral: null } } });
    expect(await count('health_referral')).toBe(before);
  });

  it('refuses a clinician whose facility is not seeing the patient', async () => {
    const before = await count('health_referral');
    const patient = '3000002';
    const body = await gql(REFER, { input: { ci: patient, fromFacilityCode: '200010', toFacilityCode: '200001', reason: 'Evaluación' } }, callers.clinician);
    expect(body.data.referPatient).toEqual({
      ok: false,
      referral: null,
      error: { code: 'NO_OPEN_ATTENTION', message: 'La persona no tiene una atención abierta en el establecimiento 200010: abra la atención antes de registrar.', field: 'fromFacilityCode' },
    });
    expect(await count('health_referral')).toBe(before);
  });
});

describe('post-recovery follow-ups', () => {
  let encounterId: string;

  beforeAll(async () => {
    const recorded = await gql(RECORD_ENCOUNTER, { input: { ci: PATIENT, facilityCode: '200010', reason: 'Alta de neumonía', diagnoses: ['J18.9'] } }, callers.clinician);
    encounterId = recorded.data.recordEncounter.encounter.id;
  });

  it('schedules a follow-up of an encounter for a future date', async () => {
    const dueDate = laPazDay(14);
    const body = await gql(SCHEDULE, { input: { ci: PATIENT, facilityCode: '200010', encounterId, dueDate, notes: 'Radiografía de control.' } }, callers.clinician);
    expect(body).toEqual({
      data: {
        scheduleFollowUp: {
          ok: true,
          error: null,
          followUp: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), encounter: { id: encounterId }, facility: { code: '200010' }, dueDate, notes: 'Radiografía de control.', status: 'SCHEDULED' },
        },
      },
    });
  });

  it('marks a follow-up due today DONE when the facility records an encounter', async () => {
    const scheduled = await gql(SCHEDULE, { input: { ci: PATIENT, facilityCode: '200010', encounterId, dueDate: laPazDay(0) } }, callers.clinician);
    const id = scheduled.data.scheduleFollowUp.followUp.id;
    await gql(RECORD_ENCOUNTER, { input: { ci: PATIENT, facilityCode: '200010', reason: 'Control posterior', diagnoses: ['Z09.8'] } }, callers.clinician);
    const record = await gql(REFERRALS, { r: citizenRepresentations([PATIENT]) }, callers.clinician);
    expect(record.data._entities[0].healthRecord.followUps.find((f: any) => f.id === id)).toEqual({ id, status: 'DONE' });
  });

  const refusals: Array<[string, Record<string, unknown>, { code: string; message: string; field: string }]> = [
    ['a past date', { dueDate: laPazDay(-1) }, { code: 'INVALID_DUE_DATE', message: 'La fecha del seguimiento debe tener la forma AAAA-MM-DD y no puede ser anterior a hoy.', field: 'dueDate' }],
    ['a date that does not exist', { dueDate: '2031-02-30' }, { code: 'INVALID_DUE_DATE', message: 'La fecha del seguimiento debe tener la forma AAAA-MM-DD y no puede ser anterior a hoy.', field: 'dueDate' }],
    ['an encounter of someone else', { encounterId: '00000000-0000-4000-8000-000000000000' }, { code: 'UNKNOWN_ENCOUNTER', message: 'No existe esa consulta en la historia clínica de esta persona.', field: 'encounterId' }],
    ['a facility where the clinician is not staff', { facilityCode: '200011' }, { code: 'NOT_STAFF_OF_FACILITY', message: 'Usted no está registrado como personal de salud del establecimiento 200011.', field: 'facilityCode' }],
  ];

  it.each(refusals)('refuses %s and writes nothing', async (_case, change, error) => {
    const before = await count('health_follow_up');
    const body = await gql(SCHEDULE, { input: { ci: PATIENT, facilityCode: '200010', encounterId, dueDate: laPazDay(7), notes: '', ...change } }, callers.clinician);
    expect(body).toEqual({ data: { scheduleFollowUp: { ok: false, error, followUp: null } } });
    expect(await count('health_follow_up')).toBe(before);
  });
});
