import { readFileSync } from 'node:fs';

/** What a sampler saw of one process during a run. */
export interface ProcessSample {
  /** Highest VmRSS seen, MiB. */
  peakRssMb: number;
  /** VmRSS at the last sample, MiB. */
  endRssMb: number;
  /** CPU time used during the run (user + system) over wall time, in % of one core. */
  cpuPercent: number;
  /**
   * What everything else used of the same CPU during the run, in %: the noise of a shared
   * machine (above a few % the run competed with other work). Null when /proc/stat is unreadable.
   */
  othersOnCpuPercent: number | null;
}

/** A running sampler. */
export interface ProcessSampler {
  /** Stops sampling and returns what it saw. */
  stop(): ProcessSample;
}

// Linux reports CPU times in clock ticks; USER_HZ is 100 on every mainstream kernel build.
const TICKS_PER_SECOND = 100;

/** Starts sampling `/proc/<pid>` every `intervalMs` (VmRSS, and CPU ticks at both ends); `cpu` is the CPU it is pinned to. */
export function startProcessSampler(pid: number, cpu: number, intervalMs = 200): ProcessSampler {
  const startedAt = process.hrtime.bigint();
  const startTicks = cpuTicksOf(pid);
  const startCpu = busyTicksOfCpu(cpu);
  let peak = rssKbOf(pid);
  let last = peak;
  const timer = setInterval(() => {
    last = rssKbOf(pid);
    if (last > peak) peak = last;
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      last = rssKbOf(pid) || last;
      if (last > peak) peak = last;
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      const ticks = cpuTicksOf(pid) - startTicks;
      const endCpu = busyTicksOfCpu(cpu);
      const cpuPercent = seconds > 0 ? (ticks / TICKS_PER_SECOND / seconds) * 100 : 0;
      const busyPercent = startCpu === null || endCpu === null || seconds <= 0 ? null : ((endCpu - startCpu) / TICKS_PER_SECOND / seconds) * 100;
      return {
        peakRssMb: peak / 1024,
        endRssMb: last / 1024,
        cpuPercent,
        othersOnCpuPercent: busyPercent === null ? null : Math.max(0, busyPercent - cpuPercent),
      };
    },
  };
}

/**
 * Resolves once `pid` has used less than 10 % of a core for `quietMs` in a row, or after
 * `maxMs`; returns the milliseconds it waited. A load generator that stops abandons the
 * requests in flight, and a gateway finishes them anyway: without this wait, that work
 * would land in the next measured run (of this gateway, or of the next one on the same CPU).
 */
export async function waitForIdle(pid: number, quietMs = 300, maxMs = 30_000): Promise<number> {
  const started = Date.now();
  const step = 100;
  let quiet = 0;
  let ticks = cpuTicksOf(pid);
  while (quiet < quietMs && Date.now() - started < maxMs) {
    await new Promise((resolve) => setTimeout(resolve, step));
    const now = cpuTicksOf(pid);
    // One tick is 10 ms: no tick in 100 ms is under 10 % of a core.
    quiet = now - ticks < 1 ? quiet + step : 0;
    ticks = now;
  }
  return Date.now() - started;
}

/** Returns VmRSS of `pid` in KiB (0 when it is gone). */
export function rssKbOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Returns the ticks CPU `cpu` spent running processes (user, nice, system) or stolen by the
 * hypervisor since boot, from /proc/stat. Interrupt and softirq time is left out: on loopback
 * most of it is the kernel delivering the gateway's own traffic, not another process.
 */
function busyTicksOfCpu(cpu: number): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`cpu${cpu} `));
    if (line === undefined) return null;
    const [, user, nice, system, , , , , steal] = line.trim().split(/\s+/).map(Number);
    return user! + nice! + system! + steal!;
  } catch {
    return null;
  }
}

function cpuTicksOf(pid: number): number {
  try {
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
