import { startTestSubgraph, type TestSubgraph } from '@egob/subgraph-kit/testing';
import type { RequestContext } from '@egob/context-token';
import subgraph from '@egob/justice';
import type { JusticeServices } from '../src/services';
import { callers, DEMO_CASE, DEMO_CI, FORBIDDEN, justiceTestHelpers } from './support/justice-callers';

let server: TestSubgraph<JusticeServices>;

/** The fixed "now" of these tests: the seed's reference date, noon UTC (08:00 in La Paz). */
const NOW = new Date('2026-12-01T12:00:00.000Z');

beforeAll(async () => {
  server = await startTestSubgraph(subgraph, { label: 'justice_registry', citizens: 25 });
});

beforeEach(() => {
  server.app.services.clock.now = () => NOW;
});

afterAll(async () => {
  await server?.stop();
});

const { gql, refusal, count } = justiceTestHelpers(() => server as TestSubgraph<unknown>);

const CASE = 'number court { code } matter status filedOn summary parties { kind role name ci nit } hearings { startsAt courtroom kind status } rulings { issuedOn kind summary }';
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ok case { ${CASE} } error { code message field } } }`;
const ADD_PARTY = 'mutation ($input: AddPartyInput!) { addParty(input: $input) { ok party { kind role name ci nit } error { code message field } } }';
const SCHEDULE = 'mutation ($input: ScheduleHearingInput!) { scheduleHearing(input: $input) { ok hearing { startsAt courtroom kind status } error { code message field } } }';
const RULING = 'mutation ($input: RecordRulingInput!) { recordRuling(input: $input) { ok ruling { issuedOn kind summary } error { code message field } } }';
const SET_STATUS = `mutation ($input: SetCaseStatusInput!) { setCaseStatus(input: $input) { ok case { number status } error { code message field } } }`;
const JUDICIAL_CASE = `query ($number: ID!) { judicialCase(number: $number) { ${CASE} } }`;

const TABLES = ['judicial_case', 'case_party', 'hearing', 'ruling'] as const;

/** Returns the row count of every table of cases. */
async function counts(): Promise<number[]> {
  return Promise.all(TABLES.map((table) => count(table)));
}

/** Runs `mutation` as the clerk and returns its result field. */
async function asClerk(mutation: string, input: Record<string, unknown>, field: string) {
  const body = await gql(mutation, { input }, callers.clerk);
  expect(body.errors).toBeUndefined();
  return body.data[field];
}

/** Expects the typed error `code` on `field` with nothing written. */
async function expectError(mutation: string, input: Record<string, unknown>, resultField: string, objectField: string, error: { code: string; message: string; field: string }) {
  const before = await counts();
  expect(await asClerk(mutation, input, resultField)).toEqual({ ok: false, [objectField]: null, error });
  expect(await counts()).toEqual(before);
}

/** Registers a case at `courtCode` and returns its number. */
async function registerCase(courtCode: string, filedOn = '2026-11-30', summary = 'Demanda de prueba.'): Promise<string> {
  const result = await asClerk(REGISTER, { courtCode, filedOn, summary }, 'registerCase');
  expect(result.ok).toBe(true);
  return result.case.number;
}

const messages = {
  invalidFiledOn: 'La fecha de presentación debe ser una fecha válida AAAA-MM-DD (p. ej. 2025-03-10).',
  filedInFuture: 'La fecha de presentación no puede ser posterior a hoy (hora de Bolivia).',
  unknownCourt: 'No existe un juzgado con ese código.',
  unknownCase: 'No existe una causa con ese número.',
  invalidSummary: 'El resumen debe tener de 1 a 1000 caracteres.',
  hearingInPast: 'No se puede programar una audiencia en el pasado: el inicio debe ser posterior al momento actual.',
  caseClosed: 'La causa está archivada: no admite nuevas actuaciones.',
};

describe('registerCase', () => {
  it('numbers cases per court and filing year, with the court’s matter by default', async () => {
    expect(await asClerk(REGISTER, { courtCode: 'LPZ-FAM-01', filedOn: '2026-11-30', summary: '  Demanda de divorcio por mutuo acuerdo.  ' }, 'registerCase')).toEqual({
      ok: true,
      case: {
        number: 'LPZ-FAM-01-2026-000001',
        court: { code: 'LPZ-FAM-01' },
        matter: 'FAMILIA',
        status: 'ADMITTED',
        filedOn: '2026-11-30',
        summary: 'Demanda de divorcio por mutuo acuerdo.',
        parties: [],
        hearings: [],
        rulings: [],
      },
      error: null,
    });
    expect(await registerCase('LPZ-FAM-01', '2026-01-05')).toBe('LPZ-FAM-01-2026-000002');
    expect(await registerCase('LPZ-FAM-01', '2025-12-31')).toBe('LPZ-FAM-01-2025-000001');
    // The demo case is LPZ-CIV-03-2025-000001.
    const civil = await asClerk(REGISTER, { courtCode: 'LPZ-CIV-03', matter: 'AGRARIO', filedOn: '2025-12-01', summary: 'Mixta.' }, 'registerCase');
    expect([civil.case.number, civil.case.matter]).toEqual(['LPZ-CIV-03-2025-000002', 'AGRARIO']);
  });

  it('gives concurrent registrations at one court consecutive, distinct numbers', async () => {
    const results = await Promise.all(
      // More clerks than registerCase has retries: they must take turns, not race.
      Array.from({ length: 12 }, (_, i) => asClerk(REGISTER, { courtCode: 'PTS-AGR-01', filedOn: '2026-11-20', summary: `Causa ${i}` }, 'registerCase')),
    );
    expect(results.map((result) => result.case.number).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `PTS-AGR-01-2026-${String(i + 1).padStart(6, '0')}`));
  });

  it('accepts today in Bolivia and refuses tomorrow (FILED_IN_FUTURE), nothing written', async () => {
    expect(await registerCase('SCZ-TRA-01', '2026-12-01')).toBe('SCZ-TRA-01-2026-000001');
    await expectError(REGISTER, { courtCode: 'SCZ-TRA-01', filedOn: '2026-12-02', summary: 'x' }, 'registerCase', 'case', {
      code: 'FILED_IN_FUTURE',
      message: messages.filedInFuture,
      field: 'filedOn',
    });
    // 02:00 UTC on the 2nd is still the 1st (22:00) in La Paz.
    server.app.services.clock.now = () => new Date('2026-12-02T02:00:00.000Z');
    await expectError(REGISTER, { courtCode: 'SCZ-TRA-01', filedOn: '2026-12-02', summary: 'x' }, 'registerCase', 'case', {
      code: 'FILED_IN_FUTURE',
      message: messages.filedInFuture,
      field: 'filedOn',
    });
  });

  it('refuses invalid dates, unknown courts and empty summaries, nothing written', async () => {
    for (const filedOn of ['2026-02-30', '01/12/2026', '2026-1-5', '']) {
      await expectError(REGISTER, { courtCode: 'LPZ-CIV-01', filedOn, summary: 'x' }, 'registerCase', 'case', {
        code: 'INVALID_DATE',
        message: messages.invalidFiledOn,
        field: 'filedOn',
      });
    }
    for (const courtCode of ['LPZ-CIV-09', 'nada']) {
      await expectError(REGISTER, { courtCode, filedOn: '2026-11-30', summary: 'x' }, 'registerCase', 'case', {
        code: 'UNKNOWN_COURT',
        message: messages.unknownCourt,
        field: 'courtCode',
      });
    }
    for (const summary of ['   ', 'x'.repeat(1001)]) {
      await expectError(REGISTER, { courtCode: 'LPZ-CIV-01', filedOn: '2026-11-30', summary }, 'registerCase', 'case', {
        code: 'INVALID_SUMMARY',
        message: messages.invalidSummary,
        field: 'summary',
      });
    }
  });
});

describe('addParty', () => {
  it('adds a person and a company; the person then sees the case first in her list', async () => {
    const number = await registerCase('LPZ-CIV-01', '2026-11-30');
    expect(await asClerk(ADD_PARTY, { caseNumber: number, kind: 'PERSON', role: 'DEMANDADO', name: ' Juana Rosa Mamani Quispe ', ci: DEMO_CI }, 'addParty')).toEqual({
      ok: true,
      party: { kind: 'PERSON', role: 'DEMANDADO', name: 'Juana Rosa Mamani Quispe', ci: DEMO_CI, nit: null },
      error: null,
    });
    expect(await asClerk(ADD_PARTY, { caseNumber: number, kind: 'COMPANY', role: 'DEMANDANTE', name: 'Banco Andino S.A.', nit: '1234567019' }, 'addParty')).toEqual({
      ok: true,
      party: { kind: 'COMPANY', role: 'DEMANDANTE', name: 'Banco Andino S.A.', ci: null, nit: '1234567019' },
      error: null,
    });
    expect(await asClerk(ADD_PARTY, { caseNumber: number, kind: 'PERSON', role: 'TERCERO', name: 'Persona con complemento', ci: '3000249-1A' }, 'addParty')).toMatchObject({ ok: true });
    const list = await gql(
      'query { _entities(representations: [{ __typename: "Citizen", ci: "1234567" }]) { ... on Citizen { judicialCases { number parties { role name } } } } }',
      {},
      callers.demo,
    );
    expect(list.data._entities[0].judicialCases.map((c: { number: string }) => c.number)).toEqual([number, DEMO_CASE]);
    expect(list.data._entities[0].judicialCases[0].parties).toEqual([
      { role: 'DEMANDADO', name: 'Juana Rosa Mamani Quispe' },
      { role: 'DEMANDANTE', name: 'Banco Andino S.A.' },
      { role: 'TERCERO', name: 'Persona con complemento' },
    ]);
  });

  it('refuses malformed CIs and NITs, empty names, unknown cases and duplicates, nothing written', async () => {
    const number = await registerCase('LPZ-CIV-02');
    await asClerk(ADD_PARTY, { caseNumber: number, kind: 'PERSON', role: 'DEMANDANTE', name: 'Ana', ci: '3000005' }, 'addParty');
    await asClerk(ADD_PARTY, { caseNumber: number, kind: 'COMPANY', role: 'DEMANDADO', name: 'Empresa', nit: '1020304050' }, 'addParty');
    const person = (ci: unknown, extra: Record<string, unknown> = {}) => ({ caseNumber: number, kind: 'PERSON', role: 'TERCERO', name: 'Luis', ci, ...extra });
    const company = (nit: unknown, extra: Record<string, unknown> = {}) => ({ caseNumber: number, kind: 'COMPANY', role: 'TERCERO', name: 'Otra S.A.', nit, ...extra });
    const invalidCi = 'Cédula de identidad inválida: una persona se registra con 5 a 10 dígitos y, si tiene complemento, un guion y el complemento (p. ej. 1234567-1A).';
    for (const ci of [null, '1234', '12345678901', '1234567-1a', '1234567 ', 'abc']) {
      await expectError(ADD_PARTY, person(ci), 'addParty', 'party', { code: 'INVALID_CI', message: invalidCi, field: 'ci' });
    }
    await expectError(ADD_PARTY, person('3000006', { nit: '1020304050' }), 'addParty', 'party', {
      code: 'INVALID_NIT',
      message: 'Una persona natural se registra con cédula de identidad, no con NIT.',
      field: 'nit',
    });
    for (const nit of [null, '123456', '1234567890123', '12-34567']) {
      await expectError(ADD_PARTY, company(nit), 'addParty', 'party', {
        code: 'INVALID_NIT',
        message: 'NIT inválido: una persona jurídica se registra con un NIT de 7 a 12 dígitos.',
        field: 'nit',
      });
    }
    await expectError(ADD_PARTY, company('7654321', { ci: '3000006' }), 'addParty', 'party', {
      code: 'INVALID_CI',
      message: 'Una persona jurídica se registra con NIT, no con cédula de identidad.',
      field: 'ci',
    });
    await expectError(ADD_PARTY, person('3000006', { name: '  ' }), 'addParty', 'party', {
      code: 'INVALID_NAME',
      message: 'El nombre debe tener de 1 a 200 caracteres.',
      field: 'name',
    });
    for (const caseNumber of ['LPZ-CIV-02-2026-999999', 'nada']) {
      await expectError(ADD_PARTY, person('3000006', { caseNumber }), 'addParty', 'party', { code: 'UNKNOWN_CASE', message: messages.unknownCase, field: 'caseNumber' });
    }
    const duplicate = 'Esa persona o empresa ya es parte de la causa.';
    await expectError(ADD_PARTY, person('3000005'), 'addParty', 'party', { code: 'DUPLICATE_PARTY', message: duplicate, field: 'ci' });
    await expectError(ADD_PARTY, company('1020304050'), 'addParty', 'party', { code: 'DUPLICATE_PARTY', message: duplicate, field: 'nit' });
  });
});

describe('scheduleHearing', () => {
  it('schedules a future hearing, which parties and the public see', async () => {
    const number = await registerCase('CBB-PEN-02');
    expect(await asClerk(SCHEDULE, { caseNumber: number, startsAt: '2027-01-20T13:30:00Z', courtroom: 'Sala 1', kind: 'PRELIMINAR' }, 'scheduleHearing')).toEqual({
      ok: true,
      hearing: { startsAt: '2027-01-20T13:30:00.000Z', courtroom: 'Sala 1', kind: 'PRELIMINAR', status: 'SCHEDULED' },
      error: null,
    });
    // One minute after now is already the future.
    await asClerk(SCHEDULE, { caseNumber: number, startsAt: '2026-12-01T12:01:00.000Z', courtroom: 'Sala 2', kind: 'CONCILIACION' }, 'scheduleHearing');
    const body = await gql(`{ publicCase(number: "${number}") { hearings { startsAt courtroom kind status } } }`, {}, callers.anonymous);
    expect(body.data.publicCase.hearings).toEqual([
      { startsAt: '2026-12-01T12:01:00.000Z', courtroom: 'Sala 2', kind: 'CONCILIACION', status: 'SCHEDULED' },
      { startsAt: '2027-01-20T13:30:00.000Z', courtroom: 'Sala 1', kind: 'PRELIMINAR', status: 'SCHEDULED' },
    ]);
  });

  it('refuses a hearing in the past — or exactly now — with HEARING_IN_PAST, nothing written', async () => {
    for (const startsAt of ['2026-12-01T12:00:00Z', '2026-12-01T11:59:59.999Z', '2025-06-02T14:00:00Z']) {
      await expectError(SCHEDULE, { caseNumber: DEMO_CASE, startsAt, courtroom: 'Sala 3', kind: 'JUICIO' }, 'scheduleHearing', 'hearing', {
        code: 'HEARING_IN_PAST',
        message: messages.hearingInPast,
        field: 'startsAt',
      });
    }
    // The past is checked before the case: even for an unknown case.
    await expectError(SCHEDULE, { caseNumber: 'nada', startsAt: '2026-11-30T12:00:00Z', courtroom: 'Sala 3', kind: 'JUICIO' }, 'scheduleHearing', 'hearing', {
      code: 'HEARING_IN_PAST',
      message: messages.hearingInPast,
      field: 'startsAt',
    });
  });

  it('refuses invalid instants, courtrooms and unknown cases, nothing written', async () => {
    for (const startsAt of ['2027-02-30T10:00:00Z', '2027-01-20T13:30:00', '2027-01-20T13:30:00-04:00', '20/01/2027', '2027-01-20T25:00:00Z']) {
      await expectError(SCHEDULE, { caseNumber: DEMO_CASE, startsAt, courtroom: 'Sala 3', kind: 'JUICIO' }, 'scheduleHearing', 'hearing', {
        code: 'INVALID_DATE',
        message: 'El inicio de la audiencia debe ser un instante UTC ISO-8601 válido (p. ej. 2027-02-15T14:00:00Z).',
        field: 'startsAt',
      });
    }
    for (const courtroom of [' ', 'S'.repeat(61)]) {
      await expectError(SCHEDULE, { caseNumber: DEMO_CASE, startsAt: '2027-04-01T14:00:00Z', courtroom, kind: 'JUICIO' }, 'scheduleHearing', 'hearing', {
        code: 'INVALID_COURTROOM',
        message: 'La sala debe tener de 1 a 60 caracteres.',
        field: 'courtroom',
      });
    }
    await expectError(SCHEDULE, { caseNumber: 'LPZ-CIV-03-2025-999999', startsAt: '2027-04-01T14:00:00Z', courtroom: 'Sala 3', kind: 'JUICIO' }, 'scheduleHearing', 'hearing', {
      code: 'UNKNOWN_CASE',
      message: messages.unknownCase,
      field: 'caseNumber',
    });
  });

  it('refuses a second hearing in the same courtroom of the same court at the same time (COURTROOM_TAKEN)', async () => {
    const number = await registerCase('LPZ-CIV-03');
    // The demo case's trial: LPZ-CIV-03, Sala 3, 2027-02-15T14:00:00Z (written here without seconds).
    await expectError(SCHEDULE, { caseNumber: number, startsAt: '2027-02-15T14:00Z', courtroom: 'Sala 3', kind: 'PRELIMINAR' }, 'scheduleHearing', 'hearing', {
      code: 'COURTROOM_TAKEN',
      message: 'La sala ya tiene otra audiencia programada a esa hora.',
      field: 'startsAt',
    });
    // Another courtroom, or the same courtroom name at another court, is free.
    expect((await asClerk(SCHEDULE, { caseNumber: number, startsAt: '2027-02-15T14:00:00Z', courtroom: 'Sala 4', kind: 'PRELIMINAR' }, 'scheduleHearing')).ok).toBe(true);
    const other = await registerCase('LPZ-CIV-02');
    expect((await asClerk(SCHEDULE, { caseNumber: other, startsAt: '2027-02-15T14:00:00Z', courtroom: 'Sala 3', kind: 'PRELIMINAR' }, 'scheduleHearing')).ok).toBe(true);
  });
});

describe('recordRuling and setCaseStatus', () => {
  it('records an interlocutory ruling without changing the status, and a sentence that rules the case', async () => {
    const number = await registerCase('SCZ-TRA-01', '2026-10-01');
    expect(await asClerk(RULING, { caseNumber: number, issuedOn: '2026-11-15', kind: 'AUTO_INTERLOCUTORIO', summary: 'Se admite la prueba.' }, 'recordRuling')).toEqual({
      ok: true,
      ruling: { issuedOn: '2026-11-15', kind: 'AUTO_INTERLOCUTORIO', summary: 'Se admite la prueba.' },
      error: null,
    });
    expect((await gql(JUDICIAL_CASE, { number }, callers.clerk)).data.judicialCase.status).toBe('ADMITTED');
    await asClerk(RULING, { caseNumber: number, issuedOn: '2026-12-01', kind: 'SENTENCIA', summary: 'Se declara probada la demanda.' }, 'recordRuling');
    const after = (await gql(JUDICIAL_CASE, { number }, callers.clerk)).data.judicialCase;
    expect([after.status, after.rulings]).toEqual([
      'RULED',
      [
        { issuedOn: '2026-11-15', kind: 'AUTO_INTERLOCUTORIO', summary: 'Se admite la prueba.' },
        { issuedOn: '2026-12-01', kind: 'SENTENCIA', summary: 'Se declara probada la demanda.' },
      ],
    ]);
  });

  it('refuses invalid or future dates, empty summaries and unknown cases, nothing written', async () => {
    const ruling = (extra: Record<string, unknown>) => ({ caseNumber: DEMO_CASE, issuedOn: '2026-11-30', kind: 'RESOLUCION', summary: 'Providencia.', ...extra });
    await expectError(RULING, ruling({ issuedOn: '2026-13-01' }), 'recordRuling', 'ruling', {
      code: 'INVALID_DATE',
      message: 'La fecha de emisión debe ser una fecha válida AAAA-MM-DD (p. ej. 2025-03-10).',
      field: 'issuedOn',
    });
    await expectError(RULING, ruling({ issuedOn: '2026-12-02' }), 'recordRuling', 'ruling', {
      code: 'ISSUED_IN_FUTURE',
      message: 'La fecha de emisión no puede ser posterior a hoy (hora de Bolivia).',
      field: 'issuedOn',
    });
    await expectError(RULING, ruling({ summary: '' }), 'recordRuling', 'ruling', { code: 'INVALID_SUMMARY', message: messages.invalidSummary, field: 'summary' });
    await expectError(RULING, ruling({ caseNumber: 'LPZ-CIV-03-2025-999999' }), 'recordRuling', 'ruling', {
      code: 'UNKNOWN_CASE',
      message: messages.unknownCase,
      field: 'caseNumber',
    });
  });

  it('archives a case, which then refuses parties, hearings and rulings (CASE_CLOSED), nothing written', async () => {
    const number = await registerCase('ORU-CIV-01');
    expect(await asClerk(SET_STATUS, { caseNumber: number, status: 'ARCHIVED' }, 'setCaseStatus')).toEqual({ ok: true, case: { number, status: 'ARCHIVED' }, error: null });
    const closed = { code: 'CASE_CLOSED', message: messages.caseClosed, field: 'caseNumber' };
    await expectError(SCHEDULE, { caseNumber: number, startsAt: '2027-05-01T14:00:00Z', courtroom: 'Sala 1', kind: 'JUICIO' }, 'scheduleHearing', 'hearing', closed);
    await expectError(ADD_PARTY, { caseNumber: number, kind: 'PERSON', role: 'TERCERO', name: 'Luis', ci: '3000006' }, 'addParty', 'party', closed);
    await expectError(RULING, { caseNumber: number, issuedOn: '2026-11-30', kind: 'RESOLUCION', summary: 'x' }, 'recordRuling', 'ruling', closed);
    // Reopening is a clerk's decision: the status can be set back.
    expect(await asClerk(SET_STATUS, { caseNumber: number, status: 'IN_PROGRESS' }, 'setCaseStatus')).toEqual({ ok: true, case: { number, status: 'IN_PROGRESS' }, error: null });
    await expectError(SET_STATUS, { caseNumber: 'ORU-CIV-01-2026-999999', status: 'ARCHIVED' }, 'setCaseStatus', 'case', {
      code: 'UNKNOWN_CASE',
      message: messages.unknownCase,
      field: 'caseNumber',
    });
  });
});

describe('only clerks acting for an entity write', () => {
  it('refuses every mutation to citizens, parties, other servants and the clerk role without an entity, nothing written', async () => {
    const inputs: Array<[string, Record<string, unknown>, string]> = [
      [REGISTER, { courtCode: 'LPZ-CIV-01', filedOn: '2026-11-30', summary: 'x' }, 'registerCase'],
      [ADD_PARTY, { caseNumber: DEMO_CASE, kind: 'PERSON', role: 'TERCERO', name: 'Luis', ci: '3000006' }, 'addParty'],
      [SCHEDULE, { caseNumber: DEMO_CASE, startsAt: '2027-05-01T14:00:00Z', courtroom: 'Sala 9', kind: 'JUICIO' }, 'scheduleHearing'],
      [RULING, { caseNumber: DEMO_CASE, issuedOn: '2026-11-30', kind: 'RESOLUCION', summary: 'x' }, 'recordRuling'],
      [SET_STATUS, { caseNumber: DEMO_CASE, status: 'ARCHIVED' }, 'setCaseStatus'],
    ];
    const before = await counts();
    const others: Array<Partial<RequestContext>> = [callers.demo, callers.otherCitizen, callers.clinician, callers.clerkWithoutEntity, callers.anonymous];
    for (const caller of others) {
      for (const [mutation, input, field] of inputs) {
        const body = await gql(mutation, { input }, caller);
        // The result types are non-null: the refusal nulls the whole data.
        expect([field, body.data]).toEqual([field, null]);
        expect(refusal(body)).toEqual([FORBIDDEN]);
      }
    }
    expect(await counts()).toEqual(before);
    expect((await gql(JUDICIAL_CASE, { number: DEMO_CASE }, callers.clerk)).data.judicialCase.status).toBe('IN_PROGRESS');
  });
});
