import { In, type DataSource, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import type { CaseMatter } from './case-matter.enum';
import type { CourtRecord } from './court-catalogue';
import { CourtEntity } from './court.entity';

/** Filter and page of CourtService.list. */
export interface CourtQuery {
  /** Two-digit INE department code. */
  departmentCode: string | null;
  matter: CaseMatter | null;
  first: number;
  /** Code of the last court of the previous page (keyset by code). */
  afterCode: string | null;
}

/** Reads the courts. */
export class CourtService {
  private readonly courts: Repository<CourtEntity>;

  constructor(dataSource: DataSource) {
    this.courts = dataSource.getRepository(CourtEntity);
  }

  /** Returns the courts of the given codes in the same order (null where none), in one statement. */
  async findByCodes(codes: readonly string[]): Promise<Array<CourtRecord | null>> {
    const rows = await this.courts.findBy({ code: In([...new Set(codes)]) });
    const byCode = new Map(rows.map((row) => [row.code, toCourtRecord(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  /** Returns one page of courts matching the filter, ordered by code. */
  async list(query: CourtQuery): Promise<Page<CourtRecord>> {
    const filtered = () => {
      const builder = this.courts.createQueryBuilder('court').where('1 = 1');
      if (query.departmentCode !== null) builder.andWhere('court.departmentCode = :department', { department: query.departmentCode });
      if (query.matter !== null) builder.andWhere('court.matter = :matter', { matter: query.matter });
      return builder;
    };
    const page = filtered().orderBy('court.code', 'ASC').limit(query.first + 1);
    if (query.afterCode !== null) page.andWhere('court.code > :afterCode', { afterCode: query.afterCode });
    const rows = await page.getMany();
    return toPage(rows, query.first, (row) => row.code, toCourtRecord, () => filtered().getCount());
  }
}

/** Returns the record of a table row. */
export function toCourtRecord(row: CourtEntity): CourtRecord {
  return { code: row.code, name: row.name, matter: row.matter as CaseMatter, territoryCode: row.territoryCode };
}
