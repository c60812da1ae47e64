import { In, Not, type DataSource, type FindOptionsWhere, type Repository } from 'typeorm';
import { TerritoryEntity } from './territory.entity';
import { levelOfCode, TerritoryLevel, type TerritoryRecord } from './territory.model';

/** Filter of TerritoryService.list. */
export interface TerritoryFilter {
  level: TerritoryLevel | null;
  /** Only units inside this (well-formed) code: a department's provinces and municipalities, a province's municipalities. */
  parentCode: string | null;
}

/** Reads Bolivia's territorial division. */
export class TerritoryService {
  private readonly territories: Repository<TerritoryEntity>;

  constructor(dataSource: DataSource) {
    this.territories = dataSource.getRepository(TerritoryEntity);
  }

  /** Returns the territories of the given codes in the same order (null where none), in one statement. */
  async findByCodes(codes: readonly string[]): Promise<Array<TerritoryRecord | null>> {
    const rows = await this.territories.findBy({ code: In([...new Set(codes)]) });
    const byCode = new Map(rows.map((row) => [row.code, toTerritoryRecord(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  /** Returns the direct children of each parent code in the same order, sorted by code, in one statement. */
  async findChildren(parentCodes: readonly string[]): Promise<TerritoryRecord[][]> {
    const rows = await this.territories.find({ where: { parentCode: In([...new Set(parentCodes)]) }, order: { code: 'ASC' } });
    const byParent = new Map<string, TerritoryRecord[]>();
    for (const row of rows) {
      const siblings = byParent.get(row.parentCode ?? '') ?? [];
      siblings.push(toTerritoryRecord(row));
      byParent.set(row.parentCode ?? '', siblings);
    }
    return parentCodes.map((code) => byParent.get(code) ?? []);
  }

  /**
   * Returns the territories matching the filter, sorted by code. At most 465 rows
   * (the whole division), so the list is not paginated.
   */
  async list(filter: TerritoryFilter): Promise<TerritoryRecord[]> {
    const where: FindOptionsWhere<TerritoryEntity> = {};
    if (filter.level !== null) where.level = filter.level;
    if (filter.parentCode !== null) {
      const parentLevel = levelOfCode(filter.parentCode);
      // Municipalities contain nothing; provinces contain their municipalities (one level down).
      if (parentLevel === TerritoryLevel.MUNICIPALITY) return [];
      if (parentLevel === TerritoryLevel.PROVINCE) where.parentCode = filter.parentCode;
      else {
        where.departmentCode = filter.parentCode;
        if (filter.level === null) where.level = Not(TerritoryLevel.DEPARTMENT);
      }
    }
    const rows = await this.territories.find({ where, order: { code: 'ASC' } });
    return rows.filter((row) => row.code !== filter.parentCode).map(toTerritoryRecord);
  }
}

/** Returns the record of a table row. */
function toTerritoryRecord(row: TerritoryEntity): TerritoryRecord {
  return {
    code: row.code,
    name: row.name,
    level: row.level as TerritoryLevel,
    parentCode: row.parentCode,
    departmentCode: row.departmentCode,
    isIndigenousAutonomy: Boolean(row.isIndigenousAutonomy),
  };
}
