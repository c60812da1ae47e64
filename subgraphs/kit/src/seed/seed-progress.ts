import { SingleBar, Presets } from 'cli-progress';
import type { Logger } from '@egob/logger';

/** Reports seeding progress: a bar on a terminal, a log line per tenth elsewhere. */
export interface SeedProgress {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

/** Returns a progress reporter for the current output (TTY bar or log lines). */
export function createSeedProgress(logger: Logger, stream: NodeJS.WriteStream = process.stderr): SeedProgress {
  if (stream.isTTY) {
    const bar = new SingleBar(
      { format: '  {label} [{bar}] {percentage}% | {value}/{total}', stream, hideCursor: true, clearOnComplete: false },
      Presets.shades_classic,
    );
    return {
      start: (label, total) => bar.start(total, 0, { label }),
      update: (done) => bar.update(done),
      stop: () => bar.stop(),
    };
  }
  let label = '';
  let total = 0;
  let nextTenth = 1;
  return {
    start(l, t) {
      label = l;
      total = t;
      nextTenth = 1;
      logger.info({ seed: label, total }, 'seeding');
    },
    update(done) {
      const tenth = total > 0 ? Math.floor((done * 10) / total) : 10;
      if (tenth >= nextTenth) {
        logger.info({ seed: label, done, total }, `seeding ${Math.min(tenth, 10) * 10}%`);
        nextTenth = tenth + 1;
      }
    },
    stop() {},
  };
}
