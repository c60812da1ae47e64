import { randomUUID } from 'node:crypto';
import { In, IsNull, type DataSource, type Repository } from 'typeorm';
import { isValidCi } from '../citizen/ci';
import { EducationErrorCode, educationError, type Outcome } from '../education-error.type';
import { LEVELS_OFFERED } from '../institution/institution-kind';
import { InstitutionEntity } from '../institution/institution.entity';
import { toInstitutionRecord, type InstitutionService } from '../institution/institution.service';
import { messages } from '../messages';
import { EducationLevel, EnrolmentStatus } from './education-level';
import { EnrolmentEntity } from './enrolment.entity';
import { PASSING_SCORE, type EnrolmentRecord, type GradeRecord } from './enrolment.type';
import { GradeEntity } from './grade.entity';

/** Earliest school year accepted. */
export const MIN_YEAR = 1950;
const MAX_COURSE = 120;
const MAX_SUBJECT = 100;
const MAX_PERIOD = 60;

/** What enrol() needs. */
export interface EnrolStudent {
  ci: string;
  institutionCode: string;
  level: EducationLevel;
  year: number;
  course?: string | null;
}

/** What recordGrade() needs. */
export interface RecordGrade {
  enrolmentId: string;
  subject: string;
  period?: string | null;
  score: number;
}

/** Enrolments and grades: reads in batches, and the registrars' changes. */
export class EnrolmentService {
  private readonly enrolments: Repository<EnrolmentEntity>;
  private readonly grades: Repository<GradeEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly institutions: InstitutionService,
    /** The current year (UTC); a function so that tests and the seed agree on "now". */
    private readonly currentYear: () => number = () => new Date().getUTCFullYear(),
  ) {
    this.enrolments = dataSource.getRepository(EnrolmentEntity);
    this.grades = dataSource.getRepository(GradeEntity);
  }

  /**
   * Returns the enrolments of each CI in the same order, oldest first, each with its
   * institution, in one statement (the join keeps the institution reads out of the
   * request, whatever order the lists of a record complete in).
   */
  async findByCis(cis: readonly string[]): Promise<EnrolmentRecord[][]> {
    const rows = await this.enrolments
      .createQueryBuilder('enrolment')
      .leftJoinAndMapOne('enrolment.institution', InstitutionEntity, 'institution', 'institution.code = enrolment.institutionCode')
      .where('enrolment.ci IN (:...cis)', { cis: [...new Set(cis)] })
      .orderBy('enrolment.year', 'ASC')
      .addOrderBy('enrolment.seq', 'ASC')
      .getMany();
    const byCi = new Map<string, EnrolmentRecord[]>();
    for (const row of rows as Array<EnrolmentEntity & { institution?: InstitutionEntity | null }>) {
      const list = byCi.get(row.ci) ?? [];
      list.push({ ...toEnrolmentRecord(row), ...(row.institution ? { institution: toInstitutionRecord(row.institution) } : {}) });
      byCi.set(row.ci, list);
    }
    return cis.map((ci) => byCi.get(ci) ?? []);
  }

  /** Returns the grades of each enrolment id in the same order, in recording order, in one statement. */
  async findGradesByEnrolmentIds(ids: readonly string[]): Promise<GradeRecord[][]> {
    const rows = await this.grades.find({ where: { enrolmentId: In([...new Set(ids)]) }, order: { seq: 'ASC' } });
    const byEnrolment = new Map<string, GradeRecord[]>();
    for (const row of rows) {
      const list = byEnrolment.get(row.enrolmentId) ?? [];
      list.push(toGradeRecord(row));
      byEnrolment.set(row.enrolmentId, list);
    }
    return ids.map((id) => byEnrolment.get(id) ?? []);
  }

  /** Returns the enrolment with `id`, or null. */
  async findById(id: string): Promise<EnrolmentRecord | null> {
    const row = await this.enrolments.findOneBy({ id });
    return row ? toEnrolmentRecord(row) : null;
  }

  /** Returns the citizen's most recent enrolment at the institution, at `level`, with one of `statuses`; null when none. */
  async findLatest(ci: string, institutionCode: string, level: EducationLevel, statuses: readonly EnrolmentStatus[]): Promise<EnrolmentRecord | null> {
    const row = await this.enrolments.findOne({
      where: { ci, institutionCode, level, status: In([...statuses]) },
      order: { year: 'DESC', seq: 'DESC' },
    });
    return row ? toEnrolmentRecord(row) : null;
  }

  /** Enrols a student; a typed error (and nothing written) for bad input. */
  async enrol(input: EnrolStudent): Promise<Outcome<EnrolmentRecord>> {
    const { errors } = messages;
    if (!isValidCi(input.ci)) return fail(EducationErrorCode.INVALID_CI, errors.invalidCi, 'ci');
    const maxYear = this.currentYear() + 1;
    if (!Number.isInteger(input.year) || input.year < MIN_YEAR || input.year > maxYear) {
      return fail(EducationErrorCode.INVALID_YEAR, errors.invalidYear(MIN_YEAR, maxYear), 'year');
    }
    const course = input.course?.trim() || null;
    if (course !== null && course.length > MAX_COURSE) return fail(EducationErrorCode.INVALID_COURSE, errors.invalidCourse, 'course');
    const [institution] = await this.institutions.findByCodes([input.institutionCode]);
    if (!institution) return fail(EducationErrorCode.UNKNOWN_INSTITUTION, errors.unknownInstitution, 'institutionCode');
    const offered = LEVELS_OFFERED[institution.kind];
    if (!offered.includes(input.level)) return fail(EducationErrorCode.LEVEL_NOT_OFFERED, errors.levelNotOffered(institution.kind, offered), 'level');
    const key = { ci: input.ci, institutionCode: institution.code, level: input.level, year: input.year };
    if (await this.enrolments.existsBy(key)) return fail(EducationErrorCode.ALREADY_ENROLLED, errors.alreadyEnrolled, 'year');
    const row = { id: randomUUID(), ...key, course, status: EnrolmentStatus.ENROLLED };
    await this.enrolments.insert(row);
    return { ok: true, value: toEnrolmentRecord(row) };
  }

  /** Records (or corrects, for the same subject and period) a grade; a typed error (and nothing written) for bad input. */
  async recordGrade(input: RecordGrade): Promise<Outcome<GradeRecord>> {
    const { errors } = messages;
    if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
      return fail(EducationErrorCode.GRADE_OUT_OF_RANGE, errors.gradeOutOfRange, 'score');
    }
    const subject = input.subject.trim();
    if (subject.length === 0 || subject.length > MAX_SUBJECT) return fail(EducationErrorCode.EMPTY_SUBJECT, errors.emptySubject, 'subject');
    const period = input.period?.trim() || null;
    if (period !== null && period.length > MAX_PERIOD) return fail(EducationErrorCode.INVALID_PERIOD, errors.invalidPeriod, 'period');
    const enrolment = await this.findById(input.enrolmentId);
    if (!enrolment) return fail(EducationErrorCode.UNKNOWN_ENROLMENT, errors.unknownEnrolment, 'enrolmentId');
    const grade = { enrolmentId: enrolment.id, ci: enrolment.ci, subject, period, score: input.score };
    await this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOneBy(GradeEntity, { enrolmentId: enrolment.id, subject, period: period === null ? IsNull() : period });
      if (existing) await manager.update(GradeEntity, { seq: existing.seq }, { score: input.score });
      else await manager.insert(GradeEntity, grade);
    });
    return { ok: true, value: { ...grade, passed: grade.score >= PASSING_SCORE } };
  }

  /** Sets the status of an enrolment; UNKNOWN_ENROLMENT when there is none. */
  async setStatus(enrolmentId: string, status: EnrolmentStatus): Promise<Outcome<EnrolmentRecord>> {
    const enrolment = await this.findById(enrolmentId);
    if (!enrolment) return fail(EducationErrorCode.UNKNOWN_ENROLMENT, messages.errors.unknownEnrolment, 'enrolmentId');
    await this.enrolments.update({ id: enrolment.id }, { status });
    return { ok: true, value: { ...enrolment, status } };
  }
}

function fail<T>(code: EducationErrorCode, message: string, field: string): Outcome<T> {
  return { ok: false, error: educationError(code, message, field) };
}

/** Returns the record of an enrolment row. */
export function toEnrolmentRecord(row: Omit<EnrolmentEntity, 'seq'>): EnrolmentRecord {
  return {
    id: row.id,
    ci: row.ci,
    institutionCode: row.institutionCode,
    level: row.level as EducationLevel,
    year: row.year,
    course: row.course,
    status: row.status as EnrolmentStatus,
  };
}

/** Returns the record of a grade row. */
export function toGradeRecord(row: Omit<GradeEntity, 'seq'>): GradeRecord {
  return { ci: row.ci, enrolmentId: row.enrolmentId, subject: row.subject, period: row.period, score: row.score, passed: row.score >= PASSING_SCORE };
}
