import type { DataSource } from 'typeorm';
import type { SeedProgress } from './seed-progress';

/** What a subgraph's seed function receives. */
export interface SeedContext {
  dataSource: DataSource;
  /** Seed demo citizens with index in [from, to): the same indexes give the same people everywhere. */
  citizens: { from: number; to: number };
  /** True on the first seed run of this database (reference data must be written). */
  firstRun: boolean;
  progress: SeedProgress;
}

/** A subgraph's deterministic seed. */
export type SeedFunction = (context: SeedContext) => Promise<void>;

/**
 * Runs `seed` unless it already ran for at least `citizens` demo citizens; records what
 * it did in `egob_seed`, so a second start changes nothing and a larger count only adds.
 */
export async function runSeed(
  dataSource: DataSource,
  name: string,
  seed: SeedFunction,
  citizens: number,
  progress: SeedProgress,
): Promise<{ ran: boolean; from: number; to: number }> {
  const rows: Array<{ count: number | string }> = await dataSource.query('SELECT count FROM egob_seed WHERE name = ?', [name]);
  const done = rows.length > 0 ? Number(rows[0]!.count) : null;
  if (done !== null && done >= citizens) return { ran: false, from: done, to: done };
  const from = done ?? 0;
  await seed({ dataSource, citizens: { from, to: citizens }, firstRun: done === null, progress });
  const now = new Date().toISOString();
  if (done === null) {
    await dataSource.query('INSERT INTO egob_seed (name, count, completed_at) VALUES (?, ?, ?)', [name, citizens, now]);
  } else {
    await dataSource.query('UPDATE egob_seed SET count = ?, completed_at = ? WHERE name = ?', [citizens, now, name]);
  }
  return { ran: true, from, to: citizens };
}
