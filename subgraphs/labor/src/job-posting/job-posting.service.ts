import { In, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { parseEmployer, toEmployer } from '../employer/employer';
import type { EmployerKind } from '../employer/employer.type';
import { isCalendarDate, laPazToday } from '../labor-dates';
import { mayActForEmployer, type LaborActor } from '../labor-actor';
import { LaborErrorCode, laborError, type LaborError } from '../labor-error.type';
import { messages } from '../messages';
import { departmentOf, isMunicipalityCode, territoryRef } from '../territory/territory.type';
import { JobPostingEntity } from './job-posting.entity';
import type { PublishJobPostingInput } from './job-posting-inputs';
import type { JobPosting } from './job-posting.type';
import type { TitleKind } from './title-kind';

/** Outcome of publish(): the posting, or an expected error (nothing written). */
export type PublishOutcome = { ok: true; posting: JobPosting; error: null } | { ok: false; posting: null; error: LaborError };

/** Filter of list(). */
export interface JobPostingFilter {
  departmentCode: string | null;
  /** true: only open today; false: only not open; null: all. */
  open: boolean | null;
  first: number;
  /** Keyset: the seq of the last posting of the previous page. */
  afterSeq: string | null;
}

/** Is `key` a posting id / cursor key (a sequence number)? */
export function isJobPostingKey(key: string): boolean {
  return /^[1-9][0-9]{0,11}$/.test(key);
}

/** The bolsa de trabajo: public postings, published by employers and inspectors. */
export class JobPostingService {
  private readonly postings: Repository<JobPostingEntity>;

  constructor(
    dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.postings = dataSource.getRepository(JobPostingEntity);
  }

  /** Returns the postings of `ids` in key order (null when missing), in one query. */
  async findByIds(ids: readonly string[]): Promise<Array<JobPosting | null>> {
    const seqs = ids.filter(isJobPostingKey).map(Number);
    const rows = seqs.length === 0 ? [] : await this.postings.find({ where: { seq: In(seqs) } });
    const today = this.today();
    const byId = new Map(rows.map((row) => [String(row.seq), toJobPosting(row, today)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Returns one page of postings, newest first. */
  async list(filter: JobPostingFilter): Promise<Page<JobPosting>> {
    const today = this.today();
    const filtered = () => {
      const query = this.postings.createQueryBuilder('p');
      if (filter.departmentCode !== null) query.andWhere('p.departmentCode = :department', { department: filter.departmentCode });
      if (filter.open !== null) applyOpen(query, filter.open, today);
      return query;
    };
    const page = filtered().orderBy('p.seq', 'DESC').take(filter.first + 1);
    if (filter.afterSeq !== null) page.andWhere('p.seq < :after', { after: Number(filter.afterSeq) });
    const rows = await page.getMany();
    return toPage(rows, filter.first, (row) => String(row.seq), (row) => toJobPosting(row, today), () => filtered().getCount());
  }

  /**
   * Returns up to `limit` postings open today, those of `departmentCode` first (then
   * newest first): the candidates a profile's matching scores.
   */
  async findOpenCandidates(departmentCode: string, limit: number): Promise<JobPosting[]> {
    const today = this.today();
    const query = this.postings.createQueryBuilder('p');
    applyOpen(query, true, today);
    const rows = await query
      .addSelect('CASE WHEN p.department_code = :department THEN 0 ELSE 1 END', 'nearness')
      .setParameter('department', departmentCode)
      .orderBy('nearness', 'ASC')
      .addOrderBy('p.seq', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((row) => toJobPosting(row, today));
  }

  /** Checks and publishes a posting; an employer may publish only for the entity it acts for. */
  async publish(input: PublishJobPostingInput, actor: LaborActor): Promise<PublishOutcome> {
    const today = this.today();
    const title = input.title.trim();
    if (title.length < 1 || title.length > 120) return failure(LaborErrorCode.EMPTY_TITLE, messages.emptyTitle, 'title');
    const description = input.description.trim();
    if (description.length > 2000) return failure(LaborErrorCode.INVALID_DESCRIPTION, messages.invalidDescription, 'description');
    const employer = parseEmployer(input.employer);
    if (employer === null) return failure(LaborErrorCode.INVALID_EMPLOYER, messages.invalidEmployer, 'employer');
    if (!mayActForEmployer(actor, employer.entityCode)) {
      return failure(LaborErrorCode.NOT_YOUR_EMPLOYEE_ENTITY, messages.notYourEmployeeEntity, 'employer.entityCode');
    }
    if (!isMunicipalityCode(input.territoryCode)) return failure(LaborErrorCode.INVALID_TERRITORY, messages.invalidTerritory, 'territoryCode');
    const months = input.minimumExperienceMonths;
    if (!Number.isInteger(months) || months < 0 || months > 600) {
      return failure(LaborErrorCode.INVALID_EXPERIENCE, messages.invalidExperience, 'minimumExperienceMonths');
    }
    const publishedOn = input.publishedOn ?? today;
    if (!isCalendarDate(publishedOn)) return failure(LaborErrorCode.INVALID_DATE, messages.invalidDate('publishedOn'), 'publishedOn');
    if (!isCalendarDate(input.closesOn)) return failure(LaborErrorCode.INVALID_DATE, messages.invalidDate('closesOn'), 'closesOn');
    if (input.closesOn < publishedOn) return failure(LaborErrorCode.CLOSES_BEFORE_PUBLISHED, messages.closesBeforePublished, 'closesOn');

    const row: Omit<JobPostingEntity, 'seq'> = {
      title,
      description,
      employerKind: employer.kind,
      employerEntity: employer.entityCode,
      employerNit: employer.nit,
      employerName: employer.name,
      territoryCode: input.territoryCode,
      departmentCode: departmentOf(input.territoryCode),
      requiredTitle: input.requiredTitle ?? null,
      minimumExperienceMonths: months,
      publishedOn,
      closesOn: input.closesOn,
      publishedBy: actor.actingEntity ?? '',
    };
    const inserted = await this.postings.insert(row);
    const seq = Number((inserted.identifiers[0] as { seq: number }).seq);
    return { ok: true, posting: toJobPosting({ ...row, seq }, today), error: null };
  }

  private today(): string {
    return laPazToday(this.clock());
  }
}

/** Open today: published on or before today and closing today or later. */
function applyOpen(query: SelectQueryBuilder<JobPostingEntity>, open: boolean, today: string): void {
  if (open) query.andWhere('p.publishedOn <= :today AND p.closesOn >= :today', { today });
  else query.andWhere('(p.publishedOn > :today OR p.closesOn < :today)', { today });
}

/** Returns the GraphQL JobPosting of a row, open or not on `today`. */
export function toJobPosting(row: JobPostingEntity, today: string): JobPosting {
  return {
    id: String(row.seq),
    title: row.title,
    description: row.description,
    employer: toEmployer({ kind: row.employerKind as EmployerKind, entityCode: row.employerEntity, nit: row.employerNit, name: row.employerName }),
    territory: territoryRef(row.territoryCode),
    requiredTitle: row.requiredTitle as TitleKind | null,
    minimumExperienceMonths: row.minimumExperienceMonths,
    publishedOn: row.publishedOn,
    closesOn: row.closesOn,
    open: row.publishedOn <= today && row.closesOn >= today,
  };
}

function failure(code: LaborErrorCode, message: string, field: string): PublishOutcome {
  return { ok: false, posting: null, error: laborError(code, message, field) };
}
