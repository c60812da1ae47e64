import { EmployerKind } from '../employer/employer.type';
import { toEmployer } from '../employer/employer';
import type { EmploymentEntity } from './employment.entity';
import { ContributionsStatus, type Employment } from './employment.type';

/** Returns the GraphQL Employment of a row. */
export function toEmployment(row: EmploymentEntity): Employment {
  return {
    ci: row.ci,
    registeredBy: row.registeredBy,
    id: row.id,
    employer: toEmployer({
      kind: row.employerKind as EmployerKind,
      entityCode: row.employerEntity,
      nit: row.employerNit,
      name: row.employerName,
    }),
    position: row.position,
    startDate: row.startDate,
    endDate: row.endDate,
    contributionsStatus: row.contributionsStatus as ContributionsStatus,
  };
}
