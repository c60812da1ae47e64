import type { Logger } from '@egob/logger';

/** One operation served: who ran it and which schema coordinates it used. */
export interface UsageRecord {
  operationName: string | null;
  clientName: string | null;
  clientVersion: string | null;
  /** Sorted, unique schema coordinates. */
  coordinates: readonly string[];
  /** `coordinates` joined: computed once per document, so recording costs no join. */
  coordinatesKey: string;
}

/** One aggregated line of `POST /usage` (protocol §3). */
export interface UsageReport {
  operationName: string | null;
  clientName: string | null;
  clientVersion: string | null;
  coordinates: readonly string[];
  count: number;
  lastSeen: string;
}

/** Options of createUsageReporter. */
export interface UsageReporterOptions {
  /** Registry base URL, without a trailing slash. */
  registryUrl: string;
  /** Sent as `Authorization: Bearer`; null in an open development registry. */
  usageKey: string | null;
  /** Names this gateway in every body. */
  gatewayId: string;
  /** Time between two timed flushes. */
  flushIntervalMs: number;
  /** Longest wait for the registry's answer to one body. */
  timeoutMs: number;
  logger: Logger;
  fetch?: typeof fetch;
  /** Pending keys that trigger a flush before the timer (500). */
  flushAtKeys?: number;
  /** Most keys kept while the registry does not take them; the oldest go first (10,000). */
  maxPendingKeys?: number;
  now?: () => Date;
}

/** Aggregates usage in memory and sends it to the registry in batches. */
export interface UsageReporter {
  /** Counts one operation; never blocks nor throws. */
  record(usage: UsageRecord): void;
  /** Sends everything pending (one body per 1,000 reports); what fails stays pending for the next flush. Never rejects. */
  flush(): Promise<void>;
  /** Starts the flush timer. */
  start(): void;
  /** Stops the timer and flushes once more. */
  stop(): Promise<void>;
  /** Returns the number of distinct keys waiting to be sent. */
  pendingKeys(): number;
}

/** Most reports the registry takes in one body (protocol §3). */
export const MAX_REPORTS_PER_BODY = 1_000;

/** Largest count the registry takes in one report (protocol §3). */
const MAX_COUNT = 1_000_000_000;

interface PendingEntry {
  key: string;
  report: UsageReport;
}

type SendOutcome = 'sent' | 'rejected' | 'retry';

/** Returns a reporter that aggregates per (operation, client, version, coordinates) and POSTs `{registryUrl}/usage`. */
export function createUsageReporter(options: UsageReporterOptions): UsageReporter {
  const fetchImpl = options.fetch ?? fetch;
  const flushAtKeys = options.flushAtKeys ?? 500;
  const maxPendingKeys = options.maxPendingKeys ?? 10_000;
  const now = options.now ?? (() => new Date());
  const endpoint = `${options.registryUrl}/usage`;
  const { logger } = options;
  let pending = new Map<string, PendingEntry>();
  let dropped = 0;
  let failing = false;
  let queue: Promise<void> = Promise.resolve();
  let sizeFlushQueued = false;
  let timer: NodeJS.Timeout | undefined;

  const enforceCap = () => {
    // A Map iterates oldest first: drop from the front.
    for (const key of pending.keys()) {
      if (pending.size <= maxPendingKeys) break;
      pending.delete(key);
      dropped += 1;
    }
  };

  const send = async (entries: PendingEntry[]): Promise<SendOutcome> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.usageKey !== null) headers.authorization = `Bearer ${options.usageKey}`;
    const body = JSON.stringify({ gateway: options.gatewayId, reports: entries.map((e) => e.report) });
    let status: number;
    let text: string;
    try {
      const response = await fetchImpl(endpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      noteFailure(`registry unreachable: ${(error as Error).message}`);
      return 'retry';
    }
    if (status >= 200 && status < 300) {
      if (failing) logger.info('usage reports accepted again');
      failing = false;
      return 'sent';
    }
    if (status === 400) {
      // The registry refused the content: sending it again would be refused again.
      logger.error({ status, answer: text.slice(0, 500), reports: entries.length }, 'usage reports refused by the registry: dropped');
      return 'rejected';
    }
    noteFailure(`registry answered HTTP ${status}`);
    return 'retry';
  };

  const noteFailure = (reason: string) => {
    if (!failing) logger.warn({ reason, pendingKeys: pending.size }, 'usage report not delivered: kept for the next flush');
    failing = true;
  };

  const requeue = (entries: PendingEntry[]) => {
    // What failed is older than what arrived meanwhile: put it first, merging counts.
    const merged = new Map<string, PendingEntry>(entries.map((e) => [e.key, e]));
    for (const [key, entry] of pending) {
      const older = merged.get(key);
      if (older) {
        older.report.count = Math.min(older.report.count + entry.report.count, MAX_COUNT);
        older.report.lastSeen = entry.report.lastSeen;
      } else {
        merged.set(key, entry);
      }
    }
    pending = merged;
    enforceCap();
  };

  const sendPending = async () => {
    if (dropped > 0) {
      logger.warn({ dropped, maxPendingKeys }, 'usage keys dropped: too many pending while the registry did not take them');
      dropped = 0;
    }
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    for (let start = 0; start < batch.length; start += MAX_REPORTS_PER_BODY) {
      const chunk = batch.slice(start, start + MAX_REPORTS_PER_BODY);
      if ((await send(chunk)) === 'retry') {
        requeue(batch.slice(start));
        return;
      }
    }
  };

  const flush = () => {
    queue = queue.then(sendPending).catch((error: unknown) => {
      logger.error({ err: error }, 'usage flush failed');
    });
    return queue;
  };

  return {
    record(usage) {
      const key = `${JSON.stringify([usage.operationName, usage.clientName, usage.clientVersion])}\n${usage.coordinatesKey}`;
      const lastSeen = now().toISOString();
      const entry = pending.get(key);
      if (entry) {
        if (entry.report.count < MAX_COUNT) entry.report.count += 1;
        entry.report.lastSeen = lastSeen;
        return;
      }
      const { operationName, clientName, clientVersion, coordinates } = usage;
      pending.set(key, { key, report: { operationName, clientName, clientVersion, coordinates, count: 1, lastSeen } });
      enforceCap();
      if (pending.size >= flushAtKeys && !sizeFlushQueued) {
        sizeFlushQueued = true;
        void flush().finally(() => {
          sizeFlushQueued = false;
        });
      }
    },
    flush,
    start() {
      if (timer) return;
      timer = setInterval(() => void flush(), options.flushIntervalMs);
      // The timer alone must not keep a process alive.
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await flush();
    },
    pendingKeys: () => pending.size,
  };
}
