import type { AuditEvent } from '@egob/subgraph-kit';
import { In, MoreThan, type DataSource, type Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { GENESIS_HASH, hashRecord, toAuditEventRow, toChainedRecord } from './audit-chain';
import type { ChainedAuditRecord } from './audit-record';

/** One event as a source subgraph delivers it: the kit's AuditEvent (the source comes from the request). */
export type IncomingAuditEvent = Omit<AuditEvent, 'subgraph'>;

/** What an append did: events newly stored and events already in the log (or repeated in the batch). */
export interface AppendOutcome {
  stored: number;
  duplicates: number;
}

/** What verifyChain found; at most one of alteredSequence / missingSequence is set. */
export interface ChainReport {
  ok: boolean;
  /** Records verified before the first problem (all of them when ok). */
  checked: number;
  lastSequence: number | null;
  lastHash: string | null;
  alteredSequence: number | null;
  missingSequence: number | null;
}

const READ_BATCH = 1000;
const INSERT_BATCH = 100;

/**
 * The append-only, hash-chained audit log. Appends are serialized in this process (one
 * writer: run one audit instance; the primary key on `seq` makes a second writer's
 * conflicting append fail instead of forking the chain). There is no update or delete.
 */
export class AuditLogService {
  private readonly events: Repository<AuditEventEntity>;
  private appending: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {
    this.events = dataSource.getRepository(AuditEventEntity);
  }

  /** Appends the events not yet in the log (by event id), chained in the order given. */
  append(source: { subgraph: string; owner: string }, incoming: IncomingAuditEvent[], now: Date = new Date()): Promise<AppendOutcome> {
    const run = this.appending.then(() => this.appendNow(source, incoming, now));
    this.appending = run.catch(() => undefined);
    return run;
  }

  private async appendNow(source: { subgraph: string; owner: string }, incoming: IncomingAuditEvent[], now: Date): Promise<AppendOutcome> {
    const unique = [...new Map(incoming.map((event) => [event.eventId, event])).values()];
    const known = new Set<string>();
    for (let i = 0; i < unique.length; i += READ_BATCH) {
      const ids = unique.slice(i, i + READ_BATCH).map((event) => event.eventId);
      const rows = await this.events.find({ select: { eventId: true }, where: { eventId: In(ids) } });
      for (const row of rows) known.add(row.eventId);
    }
    const fresh = unique.filter((event) => !known.has(event.eventId));
    if (fresh.length === 0) return { stored: 0, duplicates: incoming.length };

    const head = await this.events.find({ select: { seq: true, hash: true }, order: { seq: 'DESC' }, take: 1 });
    let seq = head[0] ? Number(head[0].seq) : 0;
    let prevHash = head[0]?.hash ?? GENESIS_HASH;
    const receivedAt = now.toISOString();
    const rows = fresh.map((event) => {
      seq += 1;
      const record = { ...event, seq, sourceSubgraph: source.subgraph, sourceEntity: source.owner, receivedAt };
      const hash = hashRecord(prevHash, record);
      const chained: ChainedAuditRecord = { ...record, prevHash, hash };
      prevHash = hash;
      return toAuditEventRow(chained);
    });
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await manager.createQueryBuilder().insert().into(AuditEventEntity).values(rows.slice(i, i + INSERT_BATCH)).execute();
      }
    });
    return { stored: fresh.length, duplicates: incoming.length - fresh.length };
  }

  /**
   * Recomputes the whole chain in sequence order and reports the first problem: a record
   * whose content no longer matches its hash (or whose hash no longer matches what the
   * next record committed to), or the first missing sequence number. `lastSequence` and
   * `lastHash` are the end of the verified part: publish them to detect a cut-off tail later.
   */
  async verifyChain(): Promise<ChainReport> {
    // The last two verified records: a broken link names the one before the record that reveals it.
    const verified: Array<{ seq: number; hash: string }> = [];
    let checked = 0;
    const result = (problem: { alteredSequence?: number; missingSequence?: number } = {}): ChainReport => {
      const last = verified[verified.length - 1];
      return {
        ok: problem.alteredSequence === undefined && problem.missingSequence === undefined,
        checked,
        lastSequence: last?.seq ?? null,
        lastHash: last?.hash ?? null,
        alteredSequence: problem.alteredSequence ?? null,
        missingSequence: problem.missingSequence ?? null,
      };
    };
    for (;;) {
      const after = verified[verified.length - 1]?.seq ?? 0;
      const rows = await this.events.find({ where: { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: READ_BATCH });
      if (rows.length === 0) return result();
      for (const row of rows) {
        const seq = Number(row.seq);
        const previous = verified[verified.length - 1];
        const expected = (previous?.seq ?? 0) + 1;
        if (seq !== expected) return result({ missingSequence: expected });
        if (!isIntact(row)) return result({ alteredSequence: seq });
        if (row.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
          // Self-consistent but not chained to its predecessor: the predecessor was rewritten, hash included.
          if (!previous) return result({ alteredSequence: seq });
          verified.pop();
          checked -= 1;
          return result({ alteredSequence: previous.seq });
        }
        verified.push({ seq, hash: row.hash });
        if (verified.length > 2) verified.shift();
        checked += 1;
      }
    }
  }
}

/** Does the row's hash match its content and its stored prev_hash? */
function isIntact(row: AuditEventEntity): boolean {
  try {
    return hashRecord(row.prevHash, toChainedRecord(row)) === row.hash;
  } catch {
    // Unparseable JSON columns: the row was edited by hand.
    return false;
  }
}
