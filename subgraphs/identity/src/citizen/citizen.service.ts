import { In, MoreThan, type DataSource, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { CitizenEntity } from './citizen.entity';
import { toCitizen } from './citizen.mapper';
import type { Citizen } from './citizen.type';

/** A CI as the API accepts it: 4 to 10 digits, optionally `-` and a two-character complement. */
const CI_PATTERN = /^\d{4,10}(-[0-9][A-Z])?$/;

/** Reads the citizen register. */
export class CitizenService {
  private readonly citizens: Repository<CitizenEntity>;

  constructor(dataSource: DataSource) {
    this.citizens = dataSource.getRepository(CitizenEntity);
  }

  /** Is `ci` shaped like a cédula de identidad (with complement when it has one)? */
  isValidCi(ci: string): boolean {
    return CI_PATTERN.test(ci);
  }

  /** Returns the citizens of the given CIs in the same order (null where none), in one statement. */
  async findByCis(cis: readonly string[]): Promise<Array<Citizen | null>> {
    const rows = await this.citizens.findBy({ ci: In([...new Set(cis)]) });
    const byCi = new Map(rows.map((row) => [row.ci, toCitizen(row)]));
    return cis.map((ci) => byCi.get(ci) ?? null);
  }

  /** Returns one page of citizens ordered by CI, after the CI `afterCi` (null: from the start). */
  async list(first: number, afterCi: string | null): Promise<Page<Citizen>> {
    const rows = await this.citizens.find({
      where: afterCi === null ? {} : { ci: MoreThan(afterCi) },
      order: { ci: 'ASC' },
      take: first + 1,
    });
    return toPage(rows, first, (row) => row.ci, toCitizen, () => this.citizens.count());
  }
}
