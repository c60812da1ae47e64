import { In, type DataSource, type Repository, type SelectQueryBuilder } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { PublicEntityEntity } from './public-entity.entity';
import type { PublicEntityLevel, PublicEntityRecord } from './public-entity.model';
import { normalizeSearchText } from './search-text';

/** Filter and page of PublicEntityService.list. */
export interface PublicEntityQuery {
  level: PublicEntityLevel | null;
  /** Free text; matched word by word against name and acronym, ignoring case and accents. */
  search: string | null;
  first: number;
  /** Code of the last entity of the previous page (keyset pagination by code). */
  afterCode: string | null;
}

/** The LIKE escape character: not special in SQL string literals on SQLite or MariaDB. */
const LIKE_ESCAPE = '!';

/** Reads the catalogue of public entities. */
export class PublicEntityService {
  private readonly entities: Repository<PublicEntityEntity>;

  constructor(dataSource: DataSource) {
    this.entities = dataSource.getRepository(PublicEntityEntity);
  }

  /** Returns the entities of the given codes in the same order (null where none), in one statement. */
  async findByCodes(codes: readonly string[]): Promise<Array<PublicEntityRecord | null>> {
    const rows = await this.entities.findBy({ code: In([...new Set(codes)]) });
    const byCode = new Map(rows.map((row) => [row.code, toPublicEntityRecord(row)]));
    return codes.map((code) => byCode.get(code) ?? null);
  }

  /** Returns the entities seated in each territory code in the same order, sorted by code, in one statement. */
  async findByTerritoryCodes(territoryCodes: readonly string[]): Promise<PublicEntityRecord[][]> {
    const rows = await this.entities.find({ where: { territoryCode: In([...new Set(territoryCodes)]) }, order: { code: 'ASC' } });
    const byTerritory = new Map<string, PublicEntityRecord[]>();
    for (const row of rows) {
      const list = byTerritory.get(row.territoryCode) ?? [];
      list.push(toPublicEntityRecord(row));
      byTerritory.set(row.territoryCode, list);
    }
    return territoryCodes.map((code) => byTerritory.get(code) ?? []);
  }

  /** Returns one page of entities matching the filter, ordered by code, after `afterCode`. */
  async list(query: PublicEntityQuery): Promise<Page<PublicEntityRecord>> {
    const filtered = () => this.filter(this.entities.createQueryBuilder('entity'), query);
    const page = filtered().orderBy('entity.code', 'ASC').limit(query.first + 1);
    if (query.afterCode !== null) page.andWhere('entity.code > :afterCode', { afterCode: query.afterCode });
    const rows = await page.getMany();
    return toPage(rows, query.first, (row) => row.code, toPublicEntityRecord, () => filtered().getCount());
  }

  private filter(builder: SelectQueryBuilder<PublicEntityEntity>, query: PublicEntityQuery): SelectQueryBuilder<PublicEntityEntity> {
    builder.where('1 = 1');
    if (query.level !== null) builder.andWhere('entity.level = :level', { level: query.level });
    const words = query.search === null ? [] : normalizeSearchText(query.search).split(' ').filter(Boolean);
    words.forEach((word, index) => {
      const pattern = `%${word.replace(/[!%_]/g, (char) => LIKE_ESCAPE + char)}%`;
      builder.andWhere(`entity.searchText LIKE :word${index} ESCAPE '${LIKE_ESCAPE}'`, { [`word${index}`]: pattern });
    });
    return builder;
  }
}

/** Returns the searchable text of an entity: its name and acronym, normalized. */
export function searchTextOf(entity: Pick<PublicEntityRecord, 'name' | 'acronym'>): string {
  return normalizeSearchText(`${entity.name} ${entity.acronym ?? ''}`);
}

/** Returns the record of a table row. */
function toPublicEntityRecord(row: PublicEntityEntity): PublicEntityRecord {
  return {
    code: row.code,
    name: row.name,
    acronym: row.acronym,
    level: row.level as PublicEntityLevel,
    territoryCode: row.territoryCode,
  };
}
