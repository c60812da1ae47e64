import { createHash } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity';
import type { AuditRecord, ChainedAuditRecord } from './audit-record';

/** `prev_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

/** Returns JSON with object keys sorted at every level and no whitespace: the same bytes for the same value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Returns sha256(prevHash + canonical JSON of the record's fields), hex. */
export function hashRecord(prevHash: string, record: AuditRecord): string {
  const fields: AuditRecord = {
    seq: record.seq,
    eventId: record.eventId,
    subjectCi: record.subjectCi,
    fields: record.fields,
    reader: record.reader,
    roles: record.roles,
    actingEntity: record.actingEntity,
    purpose: record.purpose,
    requestId: record.requestId,
    sourceSubgraph: record.sourceSubgraph,
    sourceEntity: record.sourceEntity,
    occurredAt: record.occurredAt,
    receivedAt: record.receivedAt,
  };
  return createHash('sha256').update(prevHash + canonicalJson(fields)).digest('hex');
}

/** Returns the record of a table row. */
export function toChainedRecord(row: AuditEventEntity): ChainedAuditRecord {
  return {
    seq: Number(row.seq),
    eventId: row.eventId,
    subjectCi: row.subjectCi,
    fields: JSON.parse(row.fields) as string[],
    reader: row.reader,
    roles: JSON.parse(row.roles) as string[],
    actingEntity: row.actingEntity,
    purpose: row.purpose,
    requestId: row.requestId,
    sourceSubgraph: row.sourceSubgraph,
    sourceEntity: row.sourceEntity,
    occurredAt: row.occurredAt,
    receivedAt: row.receivedAt,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** Returns the table row of a chained record. */
export function toAuditEventRow(record: ChainedAuditRecord): AuditEventEntity {
  return { ...record, fields: JSON.stringify(record.fields), roles: JSON.stringify(record.roles) };
}
