import type { DataSource } from 'typeorm';
import { SerialQueue } from '../publish/serial-queue';
import type { UsageReport } from './parse-usage-report';
import { UsageRecordRepository, type UsageKey, type UsageSum } from './usage-record.repository';

/** One operation that used a coordinate within the window. */
export interface UsageOperation {
  operationName: string;
  clientName: string;
  count: number;
  /** ISO-8601 UTC. */
  lastSeen: string;
}

/** One client consuming a coordinate within the window (the catalogue's view). */
export interface UsageConsumer {
  clientName: string;
  /** Names of its operations that used the coordinate, sorted. */
  operations: string[];
  count: number;
  /** ISO-8601 UTC. */
  lastSeen: string;
}

/** The usage window: the last `windowDays` days before now. */
export interface UsageWindow {
  windowDays: number;
  /** ISO-8601 UTC start of the window. */
  since: string;
}

/**
 * Stores gateways' usage reports aggregated per (UTC day, coordinate, operation, client)
 * and answers who used a coordinate within the window (checks and the catalogue).
 */
export class UsageService {
  // Reports are read-modify-written: two at once could insert the same key twice.
  private readonly queue = new SerialQueue();

  constructor(
    private readonly dataSource: DataSource,
    private readonly windowDays: number,
    private readonly now: () => Date,
  ) {}

  /** Returns the window ending at `at` (default: now): USAGE_WINDOW_DAYS back. */
  window(at: Date = this.now()): UsageWindow {
    return { windowDays: this.windowDays, since: new Date(at.getTime() - this.windowDays * 86_400_000).toISOString() };
  }

  /** Stores validated reports in one transaction and returns how many aggregated rows they touched. */
  record(reports: UsageReport[]): Promise<number> {
    const merged = new Map<string, UsageKey & { count: number; lastSeen: string; clientVersion: string | null }>();
    for (const report of reports) {
      const day = report.lastSeen.slice(0, 10);
      for (const coordinate of report.coordinates) {
        const key: UsageKey = { day, coordinate, operationName: report.operationName, clientName: report.clientName };
        const id = keyOf(key);
        const entry = merged.get(id);
        if (!entry) merged.set(id, { ...key, count: report.count, lastSeen: report.lastSeen, clientVersion: report.clientVersion });
        else {
          entry.count += report.count;
          if (report.lastSeen >= entry.lastSeen) [entry.lastSeen, entry.clientVersion] = [report.lastSeen, report.clientVersion];
        }
      }
    }
    if (merged.size === 0) return Promise.resolve(0);
    return this.queue.run(() =>
      this.dataSource.transaction(async (manager) => {
        const repository = new UsageRecordRepository(manager);
        const entries = [...merged.values()];
        const existing = new Map<string, { id: number; lastSeen: string; clientVersion: string | null }>();
        for (let i = 0; i < entries.length; i += 200) {
          const chunk = entries.slice(i, i + 200);
          const rows = await repository.findByDaysAndCoordinates([...new Set(chunk.map((e) => e.day))], [...new Set(chunk.map((e) => e.coordinate))]);
          for (const row of rows) existing.set(keyOf(row), row);
        }
        const fresh = [];
        for (const entry of entries) {
          const row = existing.get(keyOf(entry));
          if (!row) {
            fresh.push({ ...entry });
            continue;
          }
          const newer = entry.lastSeen >= row.lastSeen;
          await repository.add(row.id, entry.count, newer ? entry.lastSeen : row.lastSeen, newer ? entry.clientVersion : row.clientVersion);
        }
        await repository.insertMany(fresh);
        return entries.length;
      }),
    );
  }

  /** Returns the operations that used `coordinate` (or anything below it) since `since` (default: the window's start), most used first. */
  async findOperations(coordinate: string, since: string = this.window().since): Promise<UsageOperation[]> {
    const sums = await new UsageRecordRepository(this.dataSource.manager).sumSince(since, [coordinate]);
    const byOperation = new Map<string, UsageOperation>();
    for (const sum of sums) {
      const id = `${sum.operationName}\n${sum.clientName}`;
      const entry = byOperation.get(id);
      if (!entry) byOperation.set(id, { operationName: sum.operationName, clientName: sum.clientName, count: sum.count, lastSeen: sum.lastSeen });
      else {
        entry.count += sum.count;
        if (sum.lastSeen > entry.lastSeen) entry.lastSeen = sum.lastSeen;
      }
    }
    return [...byOperation.values()].sort(
      (a, b) => b.count - a.count || compare(a.operationName, b.operationName) || compare(a.clientName, b.clientName),
    );
  }

  /** Returns the clients that used `coordinate` (or anything below it) within the window, most used first. */
  async findConsumers(coordinate: string): Promise<UsageConsumer[]> {
    return toConsumers(await new UsageRecordRepository(this.dataSource.manager).sumSince(this.window().since, [coordinate]));
  }

  /** Returns, for every coordinate used within the window, its consumers (one query, for catalogue pages). */
  async listConsumers(): Promise<Map<string, UsageConsumer[]>> {
    const sums = await new UsageRecordRepository(this.dataSource.manager).sumSince(this.window().since);
    const byCoordinate = new Map<string, UsageSum[]>();
    for (const sum of sums) byCoordinate.set(sum.coordinate, [...(byCoordinate.get(sum.coordinate) ?? []), sum]);
    return new Map([...byCoordinate].map(([coordinate, list]) => [coordinate, toConsumers(list)]));
  }
}

function toConsumers(sums: UsageSum[]): UsageConsumer[] {
  const byClient = new Map<string, { operations: Set<string>; count: number; lastSeen: string }>();
  for (const sum of sums) {
    const entry = byClient.get(sum.clientName) ?? { operations: new Set<string>(), count: 0, lastSeen: sum.lastSeen };
    entry.operations.add(sum.operationName);
    entry.count += sum.count;
    if (sum.lastSeen > entry.lastSeen) entry.lastSeen = sum.lastSeen;
    byClient.set(sum.clientName, entry);
  }
  return [...byClient]
    .map(([clientName, entry]) => ({ clientName, operations: [...entry.operations].sort(compare), count: entry.count, lastSeen: entry.lastSeen }))
    .sort((a, b) => b.count - a.count || compare(a.clientName, b.clientName));
}

function keyOf(key: UsageKey): string {
  return `${key.day}\n${key.coordinate}\n${key.operationName}\n${key.clientName}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
