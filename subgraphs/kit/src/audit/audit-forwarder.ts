import type { Logger } from '@egob/logger';
import type { AuditIngestBatch } from './audit-event';
import type { AuditOutbox } from './audit-outbox';

/** Options of createAuditForwarder. */
export interface AuditForwarderOptions {
  outbox: AuditOutbox;
  /** The audit subgraph's ingestion endpoint (AUDIT_INGEST_URL). */
  url: string;
  /** This subgraph's ingestion key (AUDIT_INGEST_KEY); none in development. */
  key?: string | undefined;
  subgraph: string;
  owner: string;
  logger: Logger;
  /** Pause between rounds while the audit subgraph answers (AUDIT_FORWARD_INTERVAL_MS). */
  intervalMs: number;
  batchSize?: number;
  /** Backoff while the audit subgraph is down: from this, doubling… */
  initialDelayMs?: number;
  /** …up to this. */
  maxDelayMs?: number;
  timeoutMs?: number;
}

/** What one forwarding round did. */
export interface AuditFlushOutcome {
  delivered: number;
  /** Events still waiting (0 when the round emptied the outbox). */
  pending: number;
  /** Why the round stopped early (the audit subgraph down or refusing), else null. */
  error: string | null;
}

/** Delivers the outbox to the audit subgraph, at least once. */
export interface AuditForwarder {
  /** Starts forwarding in the background. */
  start(): void;
  /** Stops forwarding (aborting a delivery in flight) and waits for the round to end. */
  stop(): Promise<void>;
  /** Forwards now; resolves when the outbox is empty or the audit subgraph answered with an error. */
  flush(): Promise<AuditFlushOutcome>;
}

/**
 * Returns the forwarder of one subgraph's outbox: rounds of batches (≤ 500) POSTed to the
 * audit subgraph, marked delivered only on a 2xx; while the audit subgraph is down it
 * retries with backoff and logs only when the state changes. Rounds never overlap.
 */
export function createAuditForwarder(options: AuditForwarderOptions): AuditForwarder {
  const batchSize = Math.min(options.batchSize ?? 500, 500);
  const initialDelay = options.initialDelayMs ?? 250;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const { outbox, logger } = options;
  let rounds: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let delay = initialDelay;
  let down = false;
  let inFlight = new AbortController();

  const send = async (batch: AuditIngestBatch): Promise<string | null> => {
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
        body: JSON.stringify(batch),
        signal: AbortSignal.any([AbortSignal.timeout(options.timeoutMs ?? 10_000), inFlight.signal]),
      });
      const text = await response.text().catch(() => '');
      return response.ok ? null : `HTTP ${response.status}: ${text.slice(0, 200)}`;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };

  const round = async (): Promise<AuditFlushOutcome> => {
    let delivered = 0;
    try {
      for (;;) {
        const events = await outbox.findUndelivered(batchSize);
        if (events.length === 0) return { delivered, pending: 0, error: null };
        const error = await send({
          source: options.subgraph,
          owner: options.owner,
          events: events.map(({ subgraph: _subgraph, ...event }) => event),
        });
        if (error !== null) return { delivered, pending: await outbox.countUndelivered(), error };
        await outbox.markDelivered(events.map((event) => event.eventId));
        delivered += events.length;
      }
    } catch (error) {
      return { delivered, pending: -1, error: `outbox: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  const exclusive = (): Promise<AuditFlushOutcome> => {
    const next = rounds.then(round);
    rounds = next.catch(() => undefined);
    return next.then((outcome) => {
      if (outcome.error !== null && !down) {
        down = true;
        logger.warn({ audit: options.url, pending: outcome.pending, err: outcome.error }, 'audit events cannot be delivered; retrying');
      } else if (outcome.error === null && down) {
        down = false;
        logger.info({ audit: options.url, delivered: outcome.delivered }, 'audit events delivered again');
      }
      return outcome;
    });
  };

  const schedule = (ms: number) => {
    timer = setTimeout(() => void tick(), ms);
    timer.unref();
  };

  const tick = async () => {
    timer = undefined;
    const outcome = await exclusive();
    if (!running) return;
    if (outcome.error === null) {
      delay = initialDelay;
      schedule(options.intervalMs);
    } else {
      schedule(delay);
      delay = Math.min(delay * 2, maxDelay);
    }
  };

  return {
    start() {
      if (running) return;
      running = true;
      inFlight = new AbortController();
      schedule(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      inFlight.abort(new Error('stopping'));
      await rounds;
    },
    flush: exclusive,
  };
}
