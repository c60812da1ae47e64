import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createRandom, demoCitizenAt, type DemoCitizen } from '@egob/demo-data';
import type { SeedContext } from '@egob/subgraph-kit';
import { CareLevel } from './facility/care-level';
import { FACILITIES, KIND_BY_LEVEL, type FacilitySeed } from './facility/facility.data';
import { DEMO_ENCOUNTERS, DEMO_FOLLOW_UP, SEED_CASES, SEED_EMPLOYERS, SEED_CLINICIAN_NAMES, type SeedCase } from './seed.data';

/** Rows per INSERT statement. */
const BATCH = 500;
/** Citizens per transaction. */
const CHUNK = 10_000;
const DAY_MS = 86_400_000;
/** Seeded encounters fall in [2020-01-01, 2026-01-01). */
const FIRST_DAY = Date.UTC(2020, 0, 1);
const SEEDED_DAYS = 6 * 365;

/** The demo clinicians (identity's demo accounts) and where they work. */
export const DEMO_STAFF: ReadonlyArray<{ index: number; facilities: string[]; registration: string }> = [
  { index: 1, facilities: ['200001', '200010'], registration: 'MP-LP-10231' },
  { index: 7, facilities: ['700001'], registration: 'MP-SC-20457' },
];

/**
 * Writes the facilities and their staff (first run only), then, for demo citizens
 * [from, to): an affiliation each, 0–3 encounters at facilities of their department, some
 * referrals and follow-ups — deterministic per citizen index, in multi-row INSERTs.
 */
export async function seed({ dataSource, citizens, progress }: SeedContext): Promise<void> {
  if (citizens.from === 0) {
    await dataSource.transaction(async (manager) => {
      await insertRows(manager, 'health_facility', ['code', 'name', 'level', 'kind', 'territory_code', 'department_code'],
        FACILITIES.map((f) => [f.code, f.name, f.level, KIND_BY_LEVEL[f.level], f.territoryCode, f.territoryCode.slice(0, 2)]));
      await insertRows(manager, 'health_staff', ['ci', 'facility_code', 'name', 'professional_registration'], staffRows());
    });
  }
  const total = citizens.to - citizens.from;
  if (total <= 0) return;
  progress.start('health: afiliaciones e historias clínicas', total);
  for (let start = citizens.from; start < citizens.to; start += CHUNK) {
    const end = Math.min(start + CHUNK, citizens.to);
    const rows: SeedRows = { affiliates: [], encounters: [], referrals: [], followUps: [] };
    for (let index = start; index < end; index++) addCitizen(index, rows);
    await dataSource.transaction(async (manager) => {
      await insertRows(manager, 'health_affiliate', ['ci', 'affiliation_number', 'insurer', 'status', 'since', 'employer_name'], rows.affiliates);
      await insertRows(manager, 'health_encounter',
        ['id', 'ci', 'facility_code', 'clinician_ci', 'clinician_name', 'clinician_registration', 'occurred_at', 'reason', 'diagnoses', 'prescriptions', 'notes'],
        rows.encounters);
      await insertRows(manager, 'health_referral',
        ['id', 'ci', 'kind', 'from_facility_code', 'to_facility_code', 'clinician_ci', 'reason', 'diagnosis', 'created_at', 'status'], rows.referrals);
      await insertRows(manager, 'health_follow_up',
        ['id', 'ci', 'encounter_id', 'facility_code', 'clinician_ci', 'due_date', 'notes', 'status', 'created_at'], rows.followUps);
    });
    progress.update(end - citizens.from);
  }
  progress.stop();
}

type Row = unknown[];
interface SeedRows {
  affiliates: Row[];
  encounters: Row[];
  referrals: Row[];
  followUps: Row[];
}

/** A seeded clinician: two per facility (CIs 8xxxxxx and 9xxxxxx, outside the demo citizens' range). */
function seededClinician(facility: FacilitySeed, which: 0 | 1): { ci: string; name: string; registration: string } {
  const serial = FACILITIES.indexOf(facility) * 2 + which;
  return {
    ci: `${8 + which}${facility.code}`,
    name: SEED_CLINICIAN_NAMES[serial % SEED_CLINICIAN_NAMES.length]!,
    registration: `MP-${facility.code}-${which + 1}`,
  };
}

function staffRows(): Row[] {
  const rows: Row[] = [];
  for (const facility of FACILITIES) {
    for (const which of [0, 1] as const) {
      const clinician = seededClinician(facility, which);
      rows.push([clinician.ci, facility.code, clinician.name, clinician.registration]);
    }
  }
  for (const staff of DEMO_STAFF) {
    const person = demoCitizenAt(staff.index);
    for (const code of staff.facilities) rows.push([person.ci, code, fullName(person), staff.registration]);
  }
  return rows;
}

const BY_DEPARTMENT = new Map<string, FacilitySeed[]>();
for (const facility of FACILITIES) {
  const department = facility.territoryCode.slice(0, 2);
  BY_DEPARTMENT.set(department, [...(BY_DEPARTMENT.get(department) ?? []), facility]);
}

function addCitizen(index: number, rows: SeedRows): void {
  const person = demoCitizenAt(index);
  if (index === 0) {
    addDemoCitizen(person.ci, rows);
    return;
  }
  const random = createRandom(index * 7_919 + 104_729);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Affiliation: mostly the SUS; one in five with the Caja Nacional de Salud through an employer.
  const cns = random() < 0.2;
  const standing = random();
  const status = standing < 0.9 ? 'ACTIVE' : standing < 0.96 ? 'SUSPENDED' : 'INACTIVE';
  const since = cns ? dayString(Date.UTC(2000, 0, 1) + Math.floor(random() * 24 * 365) * DAY_MS) : dayString(Date.UTC(2019, 2, 1) + Math.floor(random() * 6 * 365) * DAY_MS);
  rows.affiliates.push([person.ci, `${cns ? 'CNS' : 'SUS'}-${person.ci}`, cns ? 'CNS' : 'MIN-SALUD', status, since, cns ? pick(SEED_EMPLOYERS) : null]);

  const facilities = BY_DEPARTMENT.get(person.residenceCode.slice(0, 2)) ?? BY_DEPARTMENT.get('02')!;
  const count = Math.floor(random() * 4);
  for (let n = 0; n < count; n++) {
    const facility = pick(facilities);
    const clinician = seededClinician(facility, random() < 0.5 ? 0 : 1);
    const day = FIRST_DAY + Math.floor(random() * SEEDED_DAYS) * DAY_MS;
    const occurredAt = new Date(day + (12 + Math.floor(random() * 10)) * 3_600_000 + Math.floor(random() * 4) * 15 * 60_000).toISOString();
    const seedCase = pick(SEED_CASES);
    const id = seedId(`encounter:${index}:${n}`);
    rows.encounters.push(encounterRow(id, person.ci, facility.code, clinician, occurredAt, seedCase));
    if (facility.level === CareLevel.PRIMER_NIVEL && random() < 0.25) {
      const to = facilities.find((f) => f.level === CareLevel.TERCER_NIVEL)!;
      const created = new Date(Date.parse(occurredAt) + 3_600_000).toISOString();
      rows.referrals.push([seedId(`referral:${index}:${n}`), person.ci, 'REFERRAL', facility.code, to.code, clinician.ci,
        'Evaluación por especialidad', seedCase.diagnoses[0]!, created, random() < 0.7 ? 'COMPLETED' : 'PENDING']);
    }
    if (n === 0 && random() < 0.15) {
      // Past due dates: DONE, or SCHEDULED (read as MISSED).
      rows.followUps.push([seedId(`follow-up:${index}:${n}`), person.ci, id, facility.code, clinician.ci, dayString(day + 30 * DAY_MS),
        'Control posterior al tratamiento.', random() < 0.6 ? 'DONE' : 'SCHEDULED', occurredAt]);
    }
  }
}

/** The demo citizen (1234567): SUS, two encounters at the Hospital de Clínicas, one follow-up. */
function addDemoCitizen(ci: string, rows: SeedRows): void {
  rows.affiliates.push([ci, 'SUS-1234567', 'MIN-SALUD', 'ACTIVE', '2019-03-01', null]);
  const clinician = demoCitizenAt(1);
  const staff = { ci: clinician.ci, name: fullName(clinician), registration: DEMO_STAFF[0]!.registration };
  DEMO_ENCOUNTERS.forEach((encounter, n) => {
    rows.encounters.push(encounterRow(seedId(`encounter:0:${n}`), ci, '200001', staff, encounter.occurredAt, encounter));
  });
  rows.followUps.push([seedId('follow-up:0:1'), ci, seedId('encounter:0:1'), '200001', staff.ci, DEMO_FOLLOW_UP.dueDate, DEMO_FOLLOW_UP.notes, 'SCHEDULED', DEMO_ENCOUNTERS[1]!.occurredAt]);
}

function encounterRow(id: string, ci: string, facilityCode: string, clinician: { ci: string; name: string; registration: string }, occurredAt: string, seedCase: SeedCase): Row {
  return [id, ci, facilityCode, clinician.ci, clinician.name, clinician.registration, occurredAt, seedCase.reason,
    JSON.stringify(seedCase.diagnoses), JSON.stringify(seedCase.prescriptions), seedCase.notes];
}

function fullName(person: DemoCitizen): string {
  return [person.names, person.firstSurname, person.secondSurname].filter(Boolean).join(' ');
}

function dayString(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A deterministic UUID-shaped id for a seeded row. */
export function seedId(key: string): string {
  const hex = createHash('sha1').update(`health:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** INSERTs `rows` in statements of at most BATCH rows (placeholders work on SQLite and MariaDB). */
async function insertRows(manager: EntityManager, table: string, columns: string[], rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${batch.map(() => tuple).join(', ')}`, batch.flat());
  }
}
