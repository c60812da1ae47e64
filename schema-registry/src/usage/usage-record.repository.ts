import { Brackets, In, type EntityManager } from 'typeorm';
import { UsageRecordEntity } from './usage-record.entity';

/** The columns that identify a usage row. */
export interface UsageKey {
  day: string;
  coordinate: string;
  operationName: string;
  clientName: string;
}

/** Usage of one operation of one client, summed over a window. */
export interface UsageSum {
  coordinate: string;
  operationName: string;
  clientName: string;
  count: number;
  lastSeen: string;
}

/** Data access for `registry_usage`: one row per (UTC day, coordinate, operation, client). */
export class UsageRecordRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Returns the stored rows among those days and coordinates (callers pick their exact keys). */
  findByDaysAndCoordinates(days: string[], coordinates: string[]): Promise<UsageRecordEntity[]> {
    return this.manager.find(UsageRecordEntity, { where: { day: In(days), coordinate: In(coordinates) } });
  }

  /** Inserts new rows. */
  async insertMany(rows: Omit<UsageRecordEntity, 'id'>[]): Promise<void> {
    // Chunks keep every statement under SQLite's and MySQL's placeholder limits.
    for (let i = 0; i < rows.length; i += 200) await this.manager.insert(UsageRecordEntity, rows.slice(i, i + 200));
  }

  /** Adds to a row's count and sets its latest use and client version. */
  async add(id: number, count: number, lastSeen: string, clientVersion: string | null): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .update(UsageRecordEntity)
      .set({ count: () => `count + ${Math.trunc(count)}`, lastSeen, clientVersion })
      .where('id = :id', { id })
      .execute();
  }

  /**
   * Returns usage since `since` (ISO-8601) of the coordinates, each also matching what is
   * below it (`T` covers `T.*`, `T.f` covers `T.f(a:)`), summed per coordinate, operation and client.
   */
  async sumSince(since: string, coordinates?: string[]): Promise<UsageSum[]> {
    const query = this.manager
      .createQueryBuilder(UsageRecordEntity, 'u')
      .select('u.coordinate', 'coordinate')
      .addSelect('u.operationName', 'operationName')
      .addSelect('u.clientName', 'clientName')
      .addSelect('SUM(u.count)', 'count')
      .addSelect('MAX(u.lastSeen)', 'lastSeen')
      .where('u.day >= :day', { day: since.slice(0, 10) })
      .andWhere('u.lastSeen >= :since', { since })
      .groupBy('u.coordinate')
      .addGroupBy('u.operationName')
      .addGroupBy('u.clientName');
    if (coordinates !== undefined) {
      if (coordinates.length === 0) return [];
      query.andWhere(
        new Brackets((where) => {
          coordinates.forEach((coordinate, i) => {
            // `!` escapes LIKE's wildcards portably (`_` is common in GraphQL names).
            const escaped = coordinate.replace(/[!%_]/g, '!$&');
            where.orWhere(`(u.coordinate = :c${i} OR u.coordinate LIKE :d${i} ESCAPE '!' OR u.coordinate LIKE :a${i} ESCAPE '!')`, {
              [`c${i}`]: coordinate,
              [`d${i}`]: `${escaped}.%`,
              [`a${i}`]: `${escaped}(%`,
            });
          });
        }),
      );
    }
    const rows = await query.getRawMany<{ coordinate: string; operationName: string; clientName: string; count: number | string; lastSeen: string }>();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}
