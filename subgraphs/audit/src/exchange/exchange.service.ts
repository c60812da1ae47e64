import type { DataSource, Repository } from 'typeorm';
import { AuditEventEntity } from '../audit-log/audit-event.entity';
import type { Period } from '../period';
import { publicEntityRef } from '../public-entity/public-entity.type';
import type { EntityExchange } from './entity-exchange.type';

/** Counts exchanges of personal data between entities, for the planning indicators (SPIE). */
export class ExchangeService {
  private readonly events: Repository<AuditEventEntity>;

  constructor(dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  /** Returns accesses grouped by month, acting entity and source entity, in that order. */
  async statistics(period: Period): Promise<EntityExchange[]> {
    const builder = this.events
      .createQueryBuilder('event')
      .select('SUBSTR(event.occurredAt, 1, 7)', 'period')
      .addSelect('event.actingEntity', 'actingEntity')
      .addSelect('event.sourceEntity', 'sourceEntity')
      .addSelect('COUNT(*)', 'accesses')
      .addSelect('COUNT(DISTINCT event.subjectCi)', 'citizens')
      .where('1 = 1');
    if (period.from !== null) builder.andWhere('event.occurredAt >= :from', { from: period.from });
    if (period.before !== null) builder.andWhere('event.occurredAt < :before', { before: period.before });
    const rows: Array<{ period: string; actingEntity: string | null; sourceEntity: string; accesses: number | string; citizens: number | string }> = await builder
      .groupBy('period')
      .addGroupBy('event.actingEntity')
      .addGroupBy('event.sourceEntity')
      .orderBy('period', 'ASC')
      .addOrderBy('event.actingEntity', 'ASC')
      .addOrderBy('event.sourceEntity', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      period: row.period,
      actingEntity: publicEntityRef(row.actingEntity),
      sourceEntity: { code: row.sourceEntity },
      accesses: Number(row.accesses),
      citizens: Number(row.citizens),
    }));
  }
}
