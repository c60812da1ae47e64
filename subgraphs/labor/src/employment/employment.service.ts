import { randomUUID } from 'node:crypto';
import { In, type DataSource, type Repository } from 'typeorm';
import { isCi } from '../citizen/citizen.type';
import { employerKey, parseEmployer } from '../employer/employer';
import { isCalendarDate, laPazToday } from '../labor-dates';
import { mayActForEmployer, type LaborActor } from '../labor-actor';
import { LaborErrorCode, laborError, type LaborError } from '../labor-error.type';
import { messages } from '../messages';
import { EmploymentEntity } from './employment.entity';
import type { EndEmploymentInput, RegisterEmploymentInput } from './employment-inputs';
import { toEmployment } from './employment.mapper';
import { ContributionsStatus, type Employment } from './employment.type';

/** Outcome of a write: the employment, or an expected error (nothing written). */
export type EmploymentOutcome = { ok: true; employment: Employment; error: null } | { ok: false; employment: null; error: LaborError };

/** The employment register: employers and inspectors write it, citizens and inspectors read it. */
export class EmploymentService {
  private readonly employments: Repository<EmploymentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.employments = dataSource.getRepository(EmploymentEntity);
  }

  /** Returns the employments of each CI, newest start first, in the order of `cis` (one query). */
  async findByCis(cis: readonly string[]): Promise<Employment[][]> {
    const rows = cis.length === 0 ? [] : await this.employments.find({ where: { ci: In([...cis]) }, order: { ci: 'ASC', startDate: 'DESC', id: 'ASC' } });
    const byCi = new Map<string, Employment[]>();
    for (const row of rows) {
      const list = byCi.get(row.ci) ?? [];
      list.push(toEmployment(row));
      byCi.set(row.ci, list);
    }
    return cis.map((ci) => byCi.get(ci) ?? []);
  }

  /** Checks and registers a job; an employer may register only for the entity it acts for. */
  async register(input: RegisterEmploymentInput, actor: LaborActor): Promise<EmploymentOutcome> {
    const today = laPazToday(this.clock());
    if (!isCi(input.ci)) return failure(LaborErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    const employer = parseEmployer(input.employer);
    if (employer === null) return failure(LaborErrorCode.INVALID_EMPLOYER, messages.invalidEmployer, 'employer');
    if (!mayActForEmployer(actor, employer.entityCode)) {
      return failure(LaborErrorCode.NOT_YOUR_EMPLOYEE_ENTITY, messages.notYourEmployeeEntity, 'employer.entityCode');
    }
    const position = input.position.trim();
    if (position.length < 1 || position.length > 120) return failure(LaborErrorCode.INVALID_POSITION, messages.invalidPosition, 'position');
    const endDate = input.endDate ?? null;
    if (!isCalendarDate(input.startDate)) return failure(LaborErrorCode.INVALID_DATE, messages.invalidDate('startDate'), 'startDate');
    if (endDate !== null && !isCalendarDate(endDate)) return failure(LaborErrorCode.INVALID_DATE, messages.invalidDate('endDate'), 'endDate');
    if (input.startDate > today) return failure(LaborErrorCode.START_IN_FUTURE, messages.startInFuture, 'startDate');
    if (endDate !== null && endDate < input.startDate) return failure(LaborErrorCode.ENDS_BEFORE_START, messages.endsBeforeStart, 'endDate');

    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(EmploymentEntity).find({ where: { ci: input.ci } });
      const key = employerKey(employer);
      const overlaps = existing.some(
        (row) =>
          employerKey({ entityCode: row.employerEntity, nit: row.employerNit }) === key &&
          // [start, end] periods overlap when each starts before the other ends (no end: still going).
          (row.endDate === null || input.startDate <= row.endDate) &&
          (endDate === null || row.startDate <= endDate),
      );
      if (overlaps) return failure(LaborErrorCode.OVERLAPPING_EMPLOYMENT, messages.overlappingEmployment, 'startDate');
      const row: EmploymentEntity = {
        id: randomUUID(),
        ci: input.ci,
        employerKind: employer.kind,
        employerEntity: employer.entityCode,
        employerNit: employer.nit,
        employerName: employer.name,
        position,
        startDate: input.startDate,
        endDate,
        contributionsStatus: input.contributionsStatus ?? ContributionsStatus.AL_DIA,
        // The rules guarantee an acting entity; inspectors register for MIN-TRABAJO.
        registeredBy: actor.actingEntity ?? '',
        registeredAt: this.clock().toISOString(),
      };
      await manager.getRepository(EmploymentEntity).insert(row);
      return { ok: true as const, employment: toEmployment(row), error: null };
    });
  }

  /** Sets the end date of a current job (the same date checks as register). */
  async end(input: EndEmploymentInput, actor: LaborActor): Promise<EmploymentOutcome> {
    if (!/^[A-Za-z0-9-]{1,36}$/.test(input.id)) return failure(LaborErrorCode.EMPLOYMENT_NOT_FOUND, messages.employmentNotFound, 'id');
    const row = await this.employments.findOne({ where: { id: input.id } });
    if (row === null) return failure(LaborErrorCode.EMPLOYMENT_NOT_FOUND, messages.employmentNotFound, 'id');
    if (!mayActForEmployer(actor, row.employerEntity)) {
      return failure(LaborErrorCode.NOT_YOUR_EMPLOYEE_ENTITY, messages.notYourEmployeeEntity, 'id');
    }
    if (row.endDate !== null) return failure(LaborErrorCode.ALREADY_ENDED, messages.alreadyEnded, 'id');
    if (!isCalendarDate(input.endDate)) return failure(LaborErrorCode.INVALID_DATE, messages.invalidDate('endDate'), 'endDate');
    if (input.endDate < row.startDate) return failure(LaborErrorCode.ENDS_BEFORE_START, messages.endsBeforeStart, 'endDate');
    await this.employments.update({ id: row.id }, { endDate: input.endDate });
    return { ok: true, employment: toEmployment({ ...row, endDate: input.endDate }), error: null };
  }
}

function failure(code: LaborErrorCode, message: string, field: string): EmploymentOutcome {
  return { ok: false, employment: null, error: laborError(code, message, field) };
}
