import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '@egob/logger';
import type { Backoff } from '../supergraph/registry-supergraph-manager';

/** Message the primary sends a worker to stop it gracefully (as SIGTERM would). */
export const STOP_MESSAGE = 'egob:stop';

/** Environment variable naming a worker's slot (1…n), stable across restarts: /metrics labels it. */
export const WORKER_SLOT_ENV = 'EGOB_WORKER_SLOT';

/** Options of superviseWorkers. */
export interface SuperviseWorkersOptions {
  workers: number;
  logger: Logger;
  /** Wait before restarting a worker that died: 1 s doubling to 30 s by default, reset after 30 s alive. */
  restart?: Backoff;
  /** Longest wait for the workers to stop before they are killed (15 s by default). */
  stopTimeoutMs?: number;
  /** Node and V8 flags of the workers (the primary's own by default). */
  execArgv?: readonly string[];
}

interface Slot {
  worker: Worker | null;
  startedAt: number;
  failures: number;
  timer: NodeJS.Timeout | null;
}

/**
 * Runs in the cluster's primary: forks `workers` gateway workers (they share the port),
 * restarts one that dies (with backoff), and on SIGTERM or SIGINT asks each to stop
 * gracefully, then exits 0 when all stopped cleanly (1 otherwise or after the timeout).
 */
export function superviseWorkers(options: SuperviseWorkersOptions): void {
  const { logger } = options;
  const backoff = options.restart ?? { initialMs: 1_000, maxMs: 30_000 };
  const slots = new Map<number, Slot>();
  const slotOf = new Map<Worker, number>();
  let stopping = false;
  let clean = true;

  const fork = (slot: number) => {
    const entry = slots.get(slot)!;
    entry.timer = null;
    const worker = cluster.fork({ [WORKER_SLOT_ENV]: String(slot) });
    entry.worker = worker;
    entry.startedAt = Date.now();
    slotOf.set(worker, slot);
  };

  if (options.execArgv) cluster.setupPrimary({ execArgv: [...options.execArgv] });

  const alive = () => [...slots.values()].filter((slot) => slot.worker !== null);

  cluster.on('exit', (worker, code, signal) => {
    const slot = slotOf.get(worker);
    slotOf.delete(worker);
    if (slot === undefined) return;
    const entry = slots.get(slot)!;
    entry.worker = null;
    if (stopping) {
      if (code !== 0) clean = false;
      if (alive().length === 0) process.exit(clean ? 0 : 1);
      return;
    }
    const lived = Date.now() - entry.startedAt;
    entry.failures = lived > 30_000 ? 1 : entry.failures + 1;
    const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (entry.failures - 1));
    logger.error({ worker: slot, code, signal, restartInMs: delay }, 'gateway worker died; restarting it');
    entry.timer = setTimeout(() => fork(slot), delay);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: killing the workers now');
      for (const slot of alive()) slot.worker!.process.kill('SIGKILL');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, workers: alive().length }, 'stopping the gateway workers');
    for (const slot of slots.values()) if (slot.timer) clearTimeout(slot.timer);
    const running = alive();
    if (running.length === 0) process.exit(0);
    for (const slot of running) {
      // A message, not a signal: after a terminal's Ctrl-C the workers were already signalled, and a second signal would kill them.
      try {
        slot.worker!.send(STOP_MESSAGE);
      } catch {
        slot.worker!.process.kill('SIGTERM');
      }
    }
    setTimeout(() => {
      logger.error({ timeoutMs: options.stopTimeoutMs ?? 15_000 }, 'gateway workers did not stop in time: killing them');
      for (const slot of alive()) slot.worker!.process.kill('SIGKILL');
      process.exit(1);
    }, options.stopTimeoutMs ?? 15_000);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  for (let slot = 1; slot <= options.workers; slot += 1) {
    slots.set(slot, { worker: null, startedAt: 0, failures: 0, timer: null });
    fork(slot);
  }
  logger.info({ workers: options.workers, execArgv: options.execArgv ?? process.execArgv }, 'gateway primary started its workers');
}
