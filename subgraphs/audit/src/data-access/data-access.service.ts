import type { DataSource, Repository, SelectQueryBuilder } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { AuditEventEntity } from '../audit-log/audit-event.entity';
import type { Period } from '../period';
import { publicEntityRef } from '../public-entity/public-entity.type';
import type { DataAccess } from './data-access.type';

/** Filter and page of DataAccessService.listForCitizen. */
export interface DataAccessQuery {
  subjectCi: string;
  /** Only accesses made for this entity code. */
  entity: string | null;
  period: Period;
  first: number;
  /** Sort key of the last access of the previous page (`occurredAt|seq`). */
  after: string | null;
}

/** Is `key` a sort key this service made? */
export function isDataAccessKey(key: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\|\d{1,18}$/.test(key);
}

/** Answers "who looked at my data and why" from the audit log. */
export class DataAccessService {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  /** Returns one page of a citizen's data accesses, newest first (keyset by occurredAt, then sequence). */
  async listForCitizen(query: DataAccessQuery): Promise<Page<DataAccess>> {
    const page = this.filtered(query).orderBy('event.occurredAt', 'DESC').addOrderBy('event.seq', 'DESC').limit(query.first + 1);
    if (query.after !== null) {
      const [occurredAt, seq] = query.after.split('|') as [string, string];
      page.andWhere('(event.occurredAt < :afterAt OR (event.occurredAt = :afterAt AND event.seq < :afterSeq))', {
        afterAt: occurredAt,
        afterSeq: Number(seq),
      });
    }
    const rows = await page.getMany();
    return toPage(rows, query.first, (row) => `${row.occurredAt}|${Number(row.seq)}`, toDataAccess, () => this.filtered(query).getCount());
  }

  private filtered(query: DataAccessQuery): SelectQueryBuilder<AuditEventEntity> {
    const builder = this.events.createQueryBuilder('event').where('event.subjectCi = :ci', { ci: query.subjectCi });
    if (query.entity !== null) builder.andWhere('event.actingEntity = :entity', { entity: query.entity });
    if (query.period.from !== null) builder.andWhere('event.occurredAt >= :from', { from: query.period.from });
    if (query.period.before !== null) builder.andWhere('event.occurredAt < :before', { before: query.period.before });
    return builder;
  }
}

/** Returns the API shape of a log row. */
function toDataAccess(row: AuditEventEntity): DataAccess {
  return {
    id: row.eventId,
    sequence: Number(row.seq),
    occurredAt: row.occurredAt,
    fields: JSON.parse(row.fields) as string[],
    reader: row.reader,
    readerRoles: JSON.parse(row.roles) as string[],
    actingEntity: publicEntityRef(row.actingEntity),
    purpose: row.purpose,
    requestId: row.requestId,
    sourceSubgraph: row.sourceSubgraph,
    sourceEntity: { code: row.sourceEntity },
    subjectCi: row.subjectCi,
  };
}
