import type { DataSource } from 'typeorm';
import type { AuditEvent } from './audit-event';

/** The kit's outbox table in every subgraph's database. */
export const AUDIT_OUTBOX_TABLE = 'egob_audit_outbox';

const COLUMNS = ['event_id', 'subject_ci', 'fields', 'reader', 'roles', 'acting_entity', 'purpose', 'request_id', 'subgraph', 'occurred_at'];

/** Rows per INSERT: far below SQLite's and MySQL's placeholder limits. */
const ROWS_PER_STATEMENT = 500;

interface OutboxRow {
  event_id: string;
  subject_ci: string;
  fields: string;
  reader: string;
  roles: string;
  acting_entity: string | null;
  purpose: string | null;
  request_id: string;
  subgraph: string;
  occurred_at: string;
}

/** Reads and writes the audit outbox (raw SQL: the table is the kit's, not the subgraph's entities). */
export class AuditOutbox {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the events (one statement per 500; all or none when more). */
  async append(events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    const chunks: AuditEvent[][] = [];
    for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) chunks.push(events.slice(i, i + ROWS_PER_STATEMENT));
    const insert = async (run: (sql: string, params: unknown[]) => Promise<unknown>) => {
      for (const chunk of chunks) {
        const placeholders = chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ');
        const params = chunk.flatMap((e) => [
          e.eventId,
          e.subjectCi,
          JSON.stringify(e.fields),
          e.reader,
          JSON.stringify(e.roles),
          e.actingEntity,
          e.purpose,
          e.requestId,
          e.subgraph,
          e.occurredAt,
        ]);
        await run(`INSERT INTO ${AUDIT_OUTBOX_TABLE} (${COLUMNS.join(', ')}) VALUES ${placeholders}`, params);
      }
    };
    if (chunks.length === 1) await insert((sql, params) => this.dataSource.query(sql, params));
    else await this.dataSource.transaction((manager) => insert((sql, params) => manager.query(sql, params)));
  }

  /** Returns up to `limit` undelivered events, oldest first. */
  async findUndelivered(limit: number): Promise<AuditEvent[]> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS.join(', ')} FROM ${AUDIT_OUTBOX_TABLE} WHERE delivered_at IS NULL ORDER BY position LIMIT ${Math.trunc(limit)}`,
    );
    return rows.map(toEvent);
  }

  /** Records that the audit subgraph stored these events. */
  async markDelivered(eventIds: string[], at: Date = new Date()): Promise<void> {
    if (eventIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE ${AUDIT_OUTBOX_TABLE} SET delivered_at = ? WHERE event_id IN (${eventIds.map(() => '?').join(', ')})`,
      [at.toISOString(), ...eventIds],
    );
  }

  /** Returns how many events wait for delivery. */
  async countUndelivered(): Promise<number> {
    const rows: Array<{ pending: number | string }> = await this.dataSource.query(
      `SELECT COUNT(*) AS pending FROM ${AUDIT_OUTBOX_TABLE} WHERE delivered_at IS NULL`,
    );
    return Number(rows[0]?.pending ?? 0);
  }
}

function toEvent(row: OutboxRow): AuditEvent {
  return {
    eventId: row.event_id,
    subjectCi: row.subject_ci,
    fields: JSON.parse(row.fields) as string[],
    reader: row.reader,
    roles: JSON.parse(row.roles) as string[],
    actingEntity: row.acting_entity,
    purpose: row.purpose,
    requestId: row.request_id,
    subgraph: row.subgraph,
    occurredAt: row.occurred_at,
  };
}
