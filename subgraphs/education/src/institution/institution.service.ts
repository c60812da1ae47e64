import { In, type DataSource, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { InstitutionEntity } from './institution.entity';
import type { InstitutionKind } from './institution-kind';
import type { InstitutionRecord } from './institution.type';

/** Filter and page of InstitutionService.list. */
export interface InstitutionQuery {
  departmentCode: string | null;
  kind: InstitutionKind | null;
  first: number;
  /** Code of the last institution of the previous page (keyset by code). */
  afterCode: string | null;
}

/** Reads the catalogue of educational institutions. */
export class InstitutionService {
  private readonly institutions: Repository<InstitutionEntity>;

  constructor(dataSource: DataSource) {
    this.institutions = dataSource.getRepository(InstitutionEntity);
  }

  /** Returns the institutions of the given codes in the same order (null where none), in one statement. */
  async findByCodes(codes: readonly string[]): Promise<Array<InstitutionRecord | null>> {
    const rows = await this.institutions.findBy({ code: In([...new Set(codes)]) });
    const byCode = new Map(rows.map((row) => [row.code, toInstitutionRecord(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  /** Returns one page of institutions matching the filter, ordered by code, after `afterCode`. */
  async list(query: InstitutionQuery): Promise<Page<InstitutionRecord>> {
    const filtered = () => {
      const builder = this.institutions.createQueryBuilder('institution').where('1 = 1');
      if (query.departmentCode !== null) builder.andWhere('institution.departmentCode = :department', { department: query.departmentCode });
      if (query.kind !== null) builder.andWhere('institution.kind = :kind', { kind: query.kind });
      return builder;
    };
    const page = filtered().orderBy('institution.code', 'ASC').limit(query.first + 1);
    if (query.afterCode !== null) page.andWhere('institution.code > :afterCode', { afterCode: query.afterCode });
    const rows = await page.getMany();
    return toPage(rows, query.first, (row) => row.code, toInstitutionRecord, () => filtered().getCount());
  }
}

/** Returns the record of a table row. */
export function toInstitutionRecord(row: InstitutionEntity): InstitutionRecord {
  return { code: row.code, name: row.name, kind: row.kind as InstitutionKind, territoryCode: row.territoryCode };
}
