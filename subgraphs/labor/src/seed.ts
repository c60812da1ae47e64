import { createRandom, demoCitizenAt } from '@egob/demo-data';
import type { SeedContext } from '@egob/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { EmployerRecord } from './employer/employer';
import { EmploymentEntity } from './employment/employment.entity';
import { JobPostingEntity } from './job-posting/job-posting.entity';
import { JobProfileEntity } from './job-profile/job-profile.entity';
import {
  SEED_CLOSED_DATES, SEED_COMPANIES, SEED_DESIRED_POSITIONS, SEED_OPEN_DATES, SEED_POSITIONS, SEED_POSTINGS, SEED_PUBLIC_EMPLOYERS, SEED_SKILLS,
  company, publicEmployer,
} from './seed-data';

const BATCH = 500;
/** Citizens per transaction. */
const CHUNK = 10_000;
/** The last month (inclusive) a seeded employment may start or end in: the data does not depend on the day it is seeded. */
const LAST_MONTH = monthIndex('2025-12-01');
const SEED_INSTANT = '2026-01-01T12:00:00.000Z';

/**
 * Fixed employments: the demo citizen (index 0), the labour inspector (9) and the employer's
 * human resources head (10) of the demo accounts. Citizen 5 has none.
 */
const FIXED_EMPLOYMENTS: Record<number, (ci: string) => EmploymentEntity[]> = {
  0: (ci) => [
    employmentRow(ci, 1, company('1023456021', 'Soluciones Andinas S.R.L.'), 'Auxiliar de sistemas', '2012-03-01', '2018-12-31', 'AL_DIA'),
    employmentRow(ci, 2, publicEmployer('GAM-020101'), 'Técnica en sistemas', '2019-02-01', null, 'AL_DIA'),
  ],
  5: () => [],
  9: (ci) => [employmentRow(ci, 1, publicEmployer('MIN-TRABAJO'), 'Inspector de trabajo', '2017-05-02', null, 'AL_DIA')],
  10: (ci) => [employmentRow(ci, 1, publicEmployer('GAM-020101'), 'Responsable de recursos humanos', '2020-08-03', null, 'AL_DIA')],
};

/** Fixed profiles: the demo citizen (index 0, consents to labour reading her titles) and citizen 5 (no consent, no employment). */
const FIXED_PROFILES: Record<number, { desiredPosition: string; territoryCode: string; skills: string[] }> = {
  0: { desiredPosition: 'Analista de sistemas', territoryCode: '020101', skills: ['SQL', 'Redes', 'Soporte técnico'] },
  5: { desiredPosition: 'Asistente administrativo', territoryCode: '020101', skills: ['Excel', 'Atención al público'] },
};

/**
 * Seeds the job postings (first run) and, for demo citizens [from, to), their
 * employments (~80% have 1 to 3) and job profiles (~10%), deterministic per citizen index.
 */
export async function seed({ dataSource, citizens, progress }: SeedContext): Promise<void> {
  if (citizens.from === 0) await seedPostings(dataSource.manager);
  const total = citizens.to - citizens.from;
  if (total <= 0) return;
  progress.start('labor: registro laboral', total);
  for (let start = citizens.from; start < citizens.to; start += CHUNK) {
    const end = Math.min(start + CHUNK, citizens.to);
    const employments: EmploymentEntity[] = [];
    const profiles: JobProfileEntity[] = [];
    for (let index = start; index < end; index++) addCitizen(index, employments, profiles);
    await dataSource.transaction(async (manager) => {
      for (let i = 0; i < employments.length; i += BATCH) {
        await manager.createQueryBuilder().insert().into(EmploymentEntity).values(employments.slice(i, i + BATCH)).execute();
      }
      for (let i = 0; i < profiles.length; i += BATCH) {
        await manager.createQueryBuilder().insert().into(JobProfileEntity).values(profiles.slice(i, i + BATCH)).execute();
      }
    });
    progress.update(end - citizens.from);
  }
  progress.stop();
}

function addCitizen(index: number, employments: EmploymentEntity[], profiles: JobProfileEntity[]): void {
  const person = demoCitizenAt(index);
  const random = createRandom(index * 7_919 + 4_107);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const fixedEmployments = FIXED_EMPLOYMENTS[index];
  if (fixedEmployments) {
    employments.push(...fixedEmployments(person.ci));
  } else if (random() < 0.8) {
    const count = 1 + Math.floor(random() * 3);
    const birthYear = Number(person.birthDate.slice(0, 4));
    let month = monthIndex(`${birthYear + 18 + Math.floor(random() * 8)}-01-01`) + Math.floor(random() * 12);
    for (let n = 1; n <= count && month <= LAST_MONTH; n++) {
      const employer = random() < 0.55 ? pick(SEED_PUBLIC_EMPLOYERS) : pick(SEED_COMPANIES);
      const position = pick(SEED_POSITIONS);
      const duration = 6 + Math.floor(random() * 115);
      const stillWorking = n === count && random() < 0.6;
      const lastMonth = month + duration - 1;
      const current = stillWorking || lastMonth > LAST_MONTH;
      const status = statusFor(random());
      employments.push(employmentRow(person.ci, n, employer, position, monthStart(month), current ? null : monthEnd(lastMonth), status));
      if (current) break;
      month = lastMonth + 1 + Math.floor(random() * 13);
    }
  }
  const fixed = FIXED_PROFILES[index];
  if (fixed) {
    profiles.push(profileRow(person.ci, fixed.desiredPosition, fixed.territoryCode, fixed.skills, true));
  } else if (random() < 0.1) {
    const desired = pick(SEED_DESIRED_POSITIONS);
    const skills = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SEED_SKILLS)))];
    profiles.push(profileRow(person.ci, desired, person.residenceCode, skills, random() < 0.85));
  }
}

function statusFor(draw: number): string {
  return draw < 0.75 ? 'AL_DIA' : draw < 0.9 ? 'EN_MORA' : 'SIN_APORTES';
}

function employmentRow(
  ci: string,
  n: number,
  employer: EmployerRecord,
  position: string,
  startDate: string,
  endDate: string | null,
  contributionsStatus: string,
): EmploymentEntity {
  return {
    id: `seed-${ci}-${n}`,
    ci,
    employerKind: employer.kind,
    employerEntity: employer.entityCode,
    employerNit: employer.nit,
    employerName: employer.name,
    position,
    startDate,
    endDate,
    contributionsStatus,
    // Companies' rows are registered by the labour inspection; public entities register their own staff.
    registeredBy: employer.entityCode ?? 'MIN-TRABAJO',
    registeredAt: SEED_INSTANT,
  };
}

function profileRow(ci: string, desiredPosition: string, territoryCode: string, skills: string[], visible: boolean): JobProfileEntity {
  return {
    ci,
    desiredPosition,
    territoryCode,
    departmentCode: territoryCode.slice(0, 2),
    skills: JSON.stringify(skills),
    visibleToEmployers: visible ? 1 : 0,
    updatedAt: SEED_INSTANT,
  };
}

async function seedPostings(manager: EntityManager): Promise<void> {
  const rows: Array<Omit<JobPostingEntity, 'seq'>> = SEED_POSTINGS.map((posting) => {
    const dates = posting.open ? SEED_OPEN_DATES : SEED_CLOSED_DATES;
    return {
      title: posting.title,
      description: `${posting.title} para ${posting.employer.name}. Postule con su hoja de vida en la bolsa de trabajo del Ministerio de Trabajo.`,
      employerKind: posting.employer.kind,
      employerEntity: posting.employer.entityCode,
      employerNit: posting.employer.nit,
      employerName: posting.employer.name,
      territoryCode: posting.territoryCode,
      departmentCode: posting.territoryCode.slice(0, 2),
      requiredTitle: posting.requiredTitle,
      minimumExperienceMonths: posting.minimumExperienceMonths,
      publishedOn: dates.publishedOn,
      closesOn: dates.closesOn,
      publishedBy: posting.employer.entityCode ?? 'MIN-TRABAJO',
    };
  });
  // One row per INSERT: the ids (1…34) follow the list's order on every database.
  for (const row of rows) await manager.createQueryBuilder().insert().into(JobPostingEntity).values(row).execute();
}

/** Months since year 0 of a YYYY-MM-DD date. */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function monthStart(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function monthEnd(index: number): string {
  const next = index + 1;
  const firstOfNext = Date.UTC(Math.floor(next / 12), next % 12, 1);
  return new Date(firstOfNext - 86_400_000).toISOString().slice(0, 10);
}
