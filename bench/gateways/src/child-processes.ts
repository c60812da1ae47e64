import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** How to start one child process. */
export interface ChildSpec {
  /** Short name, used for the log file and in messages. */
  name: string;
  /** CPU list for `taskset -c` (e.g. "0"). */
  cpus: string;
  command: string;
  args: string[];
  /** The whole environment of the child: nothing is inherited but what is listed here. */
  env: Record<string, string>;
  cwd: string;
  /** Keep stdout in a pipe (the caller reads it) instead of the log file. */
  pipeStdout?: boolean;
}

/** A started child process. */
export interface Child {
  name: string;
  /** Pid of the process taskset became (taskset execs, so this is the command itself). */
  pid: number;
  process: ChildProcess;
  logFile: string;
  /** Returns the last lines of its log. */
  logTail(lines?: number): string;
  /** SIGTERM, then SIGKILL after 5 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** Every child the rig started: stopAll() ends them all, on success, error or signal. */
export interface ChildGroup {
  start(spec: ChildSpec): Child;
  stopAll(): Promise<void>;
  /** Kills every child at once with SIGKILL (for process `exit`, where nothing async runs). */
  killAllNow(): void;
}

/** Throws unless `taskset` (util-linux) can pin processes to CPUs. */
export function assertTaskset(): void {
  const probe = spawnSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new Error('taskset (util-linux) is needed to pin the gateways and the load to CPUs');
}

/** Pins the current process (all its threads) to `cpus`. */
export function pinSelf(cpus: string): void {
  const result = spawnSync('taskset', ['-a', '-cp', cpus, String(process.pid)], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`cannot pin the rig to CPU ${cpus}`);
}

/** Returns a group whose children log to `<logDir>/<name>.log`. */
export function createChildGroup(logDir: string): ChildGroup {
  mkdirSync(logDir, { recursive: true });
  const children = new Set<Child>();
  return {
    start(spec) {
      const logFile = path.join(logDir, `${spec.name}.log`);
      const log = createWriteStream(logFile, { flags: 'w' });
      const child = spawn('taskset', ['-c', spec.cpus, spec.command, ...spec.args], {
        cwd: spec.cwd,
        env: spec.env,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      if (child.pid === undefined) throw new Error(`cannot start ${spec.name}`);
      if (!spec.pipeStdout) child.stdout.pipe(log);
      child.stderr.pipe(log);
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const handle: Child = {
        name: spec.name,
        pid: child.pid,
        process: child,
        logFile,
        logTail: (lines = 20) => tail(logFile, lines),
        async stop() {
          children.delete(handle);
          if (child.exitCode !== null || child.signalCode !== null) return;
          const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.kill('SIGTERM');
          await exited;
          clearTimeout(force);
        },
      };
      children.add(handle);
      return handle;
    },
    async stopAll() {
      await Promise.all([...children].map((child) => child.stop()));
    },
    killAllNow() {
      for (const child of children) child.process.kill('SIGKILL');
      children.clear();
    },
  };
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
