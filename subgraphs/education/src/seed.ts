import { createRandom, demoCitizenAt } from '@egob/demo-data';
import type { SeedContext } from '@egob/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { EducationLevel, EnrolmentStatus } from './enrolment/education-level';
import { EnrolmentEntity } from './enrolment/enrolment.entity';
import { GradeEntity } from './enrolment/grade.entity';
import { INSTITUTIONS, institutionsOf, type InstitutionSeed } from './institution/institution-data';
import { InstitutionEntity } from './institution/institution.entity';
import { InstitutionKind } from './institution/institution-kind';
import { TITLE_ISSUER, canonicalTitleContent, createTitleCode, sha256Hex } from './title/title-content';
import { TitleEntity } from './title/title.entity';
import { TitleKind } from './title/title-kind';

/** Rows per INSERT statement. */
const BATCH = 500;
/** Demo citizens per transaction. */
const CITIZENS_PER_TRANSACTION = 5000;
/** The school year the demo data describes ("now" for the seed: never the clock, so it is deterministic). */
export const SEED_YEAR = 2026;

type EnrolmentRow = Omit<EnrolmentEntity, 'seq'>;
type GradeRow = Omit<GradeEntity, 'seq'>;
type TitleRow = Omit<TitleEntity, 'seq'>;

/** The rows a range of citizens adds. */
interface SeedRows {
  enrolments: EnrolmentRow[];
  grades: GradeRow[];
  titles: TitleRow[];
}

const BACHILLER_NAMES = ['Bachiller en Humanidades', 'Bachiller Técnico Humanístico'];
const SCHOOL_SUBJECTS = ['Matemáticas', 'Comunicación y Lenguajes', 'Ciencias Naturales', 'Ciencias Sociales', 'Educación Física'];
const CAREERS = ['Derecho', 'Medicina', 'Ingeniería de Sistemas', 'Contaduría Pública', 'Ciencias de la Educación', 'Arquitectura', 'Agronomía'];
const CAREER_SUBJECTS = ['Metodología de la Investigación', 'Estadística', 'Taller de Grado I', 'Ética Profesional'];
const TECHNICAL_COURSES = ['Mecánica Automotriz', 'Electricidad Industrial', 'Contabilidad', 'Sistemas Informáticos', 'Gastronomía'];
const TECHNICAL_SUBJECTS = ['Taller Práctico', 'Seguridad Industrial', 'Emprendimiento'];

/** Seeds the institutions (first run) and the academic record of demo citizens [from, to), in batches inside transactions. */
export async function seed({ dataSource, citizens, progress }: SeedContext): Promise<void> {
  if (citizens.from === 0) {
    await dataSource.transaction(async (manager) => {
      await insertAll(manager, InstitutionEntity, INSTITUTIONS.map(toInstitutionRow));
    });
  }
  const total = citizens.to - citizens.from;
  if (total <= 0) return;
  progress.start('education: registro académico', total);
  for (let start = citizens.from; start < citizens.to; start += CITIZENS_PER_TRANSACTION) {
    const end = Math.min(start + CITIZENS_PER_TRANSACTION, citizens.to);
    const rows: SeedRows = { enrolments: [], grades: [], titles: [] };
    for (let index = start; index < end; index++) addAcademicRecord(rows, index);
    await dataSource.transaction(async (manager) => {
      await insertAll(manager, EnrolmentEntity, rows.enrolments);
      await insertAll(manager, GradeEntity, rows.grades);
      await insertAll(manager, TitleEntity, rows.titles);
    });
    progress.update(end - citizens.from);
  }
  progress.stop();
}

async function insertAll<T extends object>(manager: EntityManager, entity: new () => T, rows: readonly object[]): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(offset, offset + BATCH) as T[])
      .updateEntity(false)
      .execute();
  }
}

function toInstitutionRow(institution: InstitutionSeed): InstitutionEntity {
  return { ...institution, departmentCode: institution.territoryCode.slice(0, 2) };
}

/** Appends the academic record of demo citizen `index` to `rows`. */
function addAcademicRecord(rows: SeedRows, index: number): void {
  const citizen = demoCitizenAt(index);
  if (index === 0) return addDemoCitizen(rows, citizen.ci);
  if (index === 5) return addAdultStudent(rows, citizen.ci);
  const random = createRandom(index * 7_919 + 104_729);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const record = new RecordBuilder(rows, citizen.ci);
  const birthYear = Number(citizen.birthDate.slice(0, 4));
  const age = SEED_YEAR - birthYear;
  const department = citizen.residenceCode.slice(0, 2);
  const school = pick(institutionsOf(department, InstitutionKind.SCHOOL));
  if (age < 6) return;
  if (age <= 11) {
    record.enrol(school, EducationLevel.PRIMARIA, SEED_YEAR, `${age - 5}° de primaria`, EnrolmentStatus.ENROLLED);
    return record.grade(random, SCHOOL_SUBJECTS, '1er trimestre', 1);
  }
  record.enrol(school, EducationLevel.PRIMARIA, birthYear + 11, '6to de primaria', EnrolmentStatus.PROMOTED);
  if (age <= 17) {
    record.enrol(school, EducationLevel.SECUNDARIA, SEED_YEAR, `${age - 11}° de secundaria`, EnrolmentStatus.ENROLLED);
    return record.grade(random, SCHOOL_SUBJECTS, '1er trimestre', 1 + Math.floor(random() * 2));
  }
  const graduationYear = birthYear + 17;
  const graduated = random() < 0.9;
  record.enrol(school, EducationLevel.SECUNDARIA, graduationYear, '6to de secundaria', graduated ? EnrolmentStatus.GRADUATED : EnrolmentStatus.WITHDRAWN);
  if (!graduated) return record.grade(random, SCHOOL_SUBJECTS, 'Final', 1 + Math.floor(random() * 2));
  const issuedOn = `${graduationYear}-12-${10 + Math.floor(random() * 10)}`;
  record.title(school, TitleKind.BACHILLER, pick(BACHILLER_NAMES), issuedOn, createTitleCode(graduationYear, random));
  const path = random();
  const startYear = birthYear + 18;
  const studying = startYear > SEED_YEAR - 5;
  const outcome = studying ? EnrolmentStatus.ENROLLED : random() < 0.65 ? EnrolmentStatus.GRADUATED : EnrolmentStatus.WITHDRAWN;
  if (path < 0.15) {
    record.enrol(pick(institutionsOf(department, InstitutionKind.TECHNICAL_INSTITUTE)), EducationLevel.TECNICO, startYear, pick(TECHNICAL_COURSES), outcome);
    return record.grade(random, TECHNICAL_SUBJECTS, 'Final', 1 + Math.floor(random() * 2));
  }
  if (path < 0.4) {
    record.enrol(pick(institutionsOf(department, InstitutionKind.UNIVERSITY)), EducationLevel.LICENCIATURA, startYear, pick(CAREERS), outcome);
    return record.grade(random, CAREER_SUBJECTS, 'Final', 1 + Math.floor(random() * 2));
  }
  record.grade(random, SCHOOL_SUBJECTS, 'Final', 1 + Math.floor(random() * 2));
}

/** Builds one citizen's rows: enrolment ids `E-<ci>-<n>` so that grades can refer to them. */
class RecordBuilder {
  private readonly enrolments: EnrolmentRow[] = [];

  constructor(
    private readonly rows: SeedRows,
    private readonly ci: string,
  ) {}

  enrol(institution: InstitutionSeed, level: EducationLevel, year: number, course: string | null, status: EnrolmentStatus): EnrolmentRow {
    const row = { id: `E-${this.ci}-${this.enrolments.length + 1}`, ci: this.ci, institutionCode: institution.code, level, year, course, status };
    this.enrolments.push(row);
    this.rows.enrolments.push(row);
    return row;
  }

  /** Grades (3 subjects) for the latest `latest` enrolments only: keeps the scale seed light. */
  grade(random: () => number, subjects: readonly string[], period: string, latest: number): void {
    for (const enrolment of this.enrolments.slice(-latest)) {
      for (const subject of subjects.slice(0, 3)) {
        this.rows.grades.push({ enrolmentId: enrolment.id, ci: this.ci, subject, period, score: 40 + Math.floor(random() * 61) });
      }
    }
  }

  /** A title granted before the platform: no mailbox document, no export, the hash of its canonical content. */
  title(institution: InstitutionSeed, kind: TitleKind, name: string, issuedOn: string, code: string): void {
    const content = canonicalTitleContent({
      code,
      ci: this.ci,
      kind,
      name,
      institution: { code: institution.code, name: institution.name },
      issuedOn,
      issuer: TITLE_ISSUER,
    });
    this.rows.titles.push({
      code,
      ci: this.ci,
      kind,
      name,
      institutionCode: institution.code,
      issuedOn,
      contentSha256: sha256Hex(content),
      mailboxDocumentId: null,
      exported: null,
      revokedOn: null,
    });
  }

  /** Fixed grades of the enrolment `enrolment`. */
  fixedGrades(enrolment: EnrolmentRow, grades: ReadonlyArray<[subject: string, period: string, score: number]>): void {
    for (const [subject, period, score] of grades) this.rows.grades.push({ enrolmentId: enrolment.id, ci: this.ci, subject, period, score });
  }
}

/** Titles of the demo citizen 1234567 (fixed codes: the README and the lead's tests use them). */
export const DEMO_TITLE_CODES = { bachiller: 'TIT-2005-AYA7K2QM', licenciatura: 'TIT-2011-UMS4N8RW' } as const;

function institution(code: string): InstitutionSeed {
  const found = INSTITUTIONS.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`seed institution ${code} is missing`);
  return found;
}

/** Juana Rosa Mamani Quispe (1234567): school in La Paz, bachiller 2005, Licenciatura en Informática at UMSA 2011. */
function addDemoCitizen(rows: SeedRows, ci: string): void {
  const record = new RecordBuilder(rows, ci);
  const school = institution('80730001');
  const umsa = institution('UMSA');
  record.enrol(school, EducationLevel.PRIMARIA, 1999, '6to de primaria', EnrolmentStatus.PROMOTED);
  const secundaria = record.enrol(school, EducationLevel.SECUNDARIA, 2005, '6to de secundaria', EnrolmentStatus.GRADUATED);
  record.fixedGrades(secundaria, [
    ['Matemáticas', 'Final', 78],
    ['Comunicación y Lenguajes', 'Final', 85],
    ['Ciencias Naturales', 'Final', 72],
    ['Ciencias Sociales', 'Final', 90],
  ]);
  const licenciatura = record.enrol(umsa, EducationLevel.LICENCIATURA, 2006, 'Informática', EnrolmentStatus.GRADUATED);
  record.fixedGrades(licenciatura, [
    ['Taller de Grado II', 'Semestre 2-2011', 91],
    ['Sistemas de Información', 'Semestre 2-2011', 84],
  ]);
  record.title(school, TitleKind.BACHILLER, 'Bachiller en Humanidades', '2005-12-15', DEMO_TITLE_CODES.bachiller);
  record.title(umsa, TitleKind.LICENCIATURA, 'Licenciatura en Informática', '2011-11-30', DEMO_TITLE_CODES.licenciatura);
}

/** Inés María Choque Soliz (3000005): an adult finishing secondary school in Cobija in 2026, no title yet. */
function addAdultStudent(rows: SeedRows, ci: string): void {
  const record = new RecordBuilder(rows, ci);
  const school = institution('80910001');
  record.enrol(school, EducationLevel.PRIMARIA, 1958, '6to de primaria', EnrolmentStatus.PROMOTED);
  const secundaria = record.enrol(school, EducationLevel.SECUNDARIA, SEED_YEAR, '6to de secundaria', EnrolmentStatus.ENROLLED);
  record.fixedGrades(secundaria, [
    ['Matemáticas', '1er trimestre', 62],
    ['Comunicación y Lenguajes', '1er trimestre', 71],
    ['Ciencias Naturales', '1er trimestre', 48],
  ]);
}
