import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as OrmLogger, QueryRunner } from 'typeorm';

interface RequestTally {
  statements: number;
}

/**
 * Counts SQL statements: in total and per request (the request being whatever runs
 * inside `track`). Tests use it to prove a query costs a constant number of statements.
 */
export class SqlCounter {
  private readonly storage = new AsyncLocalStorage<RequestTally>();
  private count = 0;

  /** Total statements since start. */
  get total(): number {
    return this.count;
  }

  /** Runs `fn` as one request whose statements `current()` counts. */
  track<T>(fn: () => T): T {
    return this.storage.run({ statements: 0 }, fn);
  }

  /** Statements run so far by the request in progress (0 outside `track`). */
  current(): number {
    return this.storage.getStore()?.statements ?? 0;
  }

  /** Records one statement. */
  record(): void {
    this.count++;
    const tally = this.storage.getStore();
    if (tally) tally.statements++;
  }
}

/** A TypeORM logger that feeds a SqlCounter and reports slow queries and errors. */
export class CountingOrmLogger implements OrmLogger {
  constructor(
    private readonly counter: SqlCounter,
    private readonly warn: (message: string, details: Record<string, unknown>) => void,
  ) {}

  logQuery(_query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.counter.record();
  }
  logQueryError(error: string | Error, query: string): void {
    this.warn('query failed', { error: error instanceof Error ? error.message : error, query: query.slice(0, 500) });
  }
  logQuerySlow(time: number, query: string): void {
    this.warn('slow query', { ms: time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.warn(String(message), {});
  }
}
