import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { CacheStats } from '../cache/metered-lru-cache';
import type { SubgraphPoolStats } from '../context/subgraph-transport';
import type { InflightStats } from '../dedup/inflight-map';

/** What /metrics reads, each a function so that it reports the current values. */
export interface MetricsSources {
  caches: Record<string, () => CacheStats>;
  dedup: Record<string, () => InflightStats>;
  pools: () => SubgraphPoolStats[];
  /** Worker number in cluster mode (1 when the gateway runs alone). */
  worker: number;
}

/** Options of createMetricsHandler. */
export interface MetricsHandlerOptions {
  sources: MetricsSources;
  /** Bearer token that opens /metrics from anywhere; without it only direct loopback callers get in. */
  token: string | undefined;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Returns the handler of `GET /metrics`: cache sizes, hits, misses and evictions, in-flight
 * deduplication, subgraph connection pools and memory, in Prometheus text format, for
 * this process only. It is on the public port, so it answers only a caller with
 * `Authorization: Bearer <METRICS_TOKEN>` (when configured) or one connected from
 * loopback without forwarding headers (a local scraper, not a request relayed by a
 * proxy on the same host); anyone else gets 404, as if there were nothing there.
 */
export function createMetricsHandler(options: MetricsHandlerOptions): RequestHandler {
  const expected = options.token === undefined ? null : digest(options.token);
  return (req, res) => {
    if (!isAllowed(req, expected)) {
      res.status(404).json({ errors: [{ message: 'No encontrado.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    res.setHeader('content-type', 'text/plain; version=0.0.4; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(renderMetrics(options.sources));
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function isAllowed(req: Request, expected: Buffer | null): boolean {
  const header = req.headers.authorization;
  if (expected !== null && header !== undefined) {
    const match = /^Bearer +(\S+) *$/i.exec(header);
    // Digests have one length: the comparison takes the same time whatever was sent.
    return match !== null && timingSafeEqual(digest(match[1]!), expected);
  }
  const relayed = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return expected === null && !relayed && LOOPBACK.has(req.socket.remoteAddress ?? '');
}

/** Returns the metrics in Prometheus text format (exposition format 0.0.4). */
export function renderMetrics(sources: MetricsSources): string {
  const lines: string[] = [];
  const worker = `worker="${sources.worker}"`;
  const family = (name: string, type: 'gauge' | 'counter', help: string, samples: [string, number][]) => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) lines.push(`${name}{${[worker, labels].filter(Boolean).join(',')}} ${value}`);
  };
  const caches = Object.entries(sources.caches).map(([name, stats]) => [`cache="${name}"`, stats()] as const);
  family('egob_gateway_cache_entries', 'gauge', 'Entries held by a bounded cache.', caches.map(([l, s]) => [l, s.entries]));
  family('egob_gateway_cache_max_entries', 'gauge', 'Most entries a cache may hold.', caches.map(([l, s]) => [l, s.maxEntries]));
  family('egob_gateway_cache_hits_total', 'counter', 'Lookups that found their entry.', caches.map(([l, s]) => [l, s.hits]));
  family('egob_gateway_cache_misses_total', 'counter', 'Lookups that found nothing.', caches.map(([l, s]) => [l, s.misses]));
  family('egob_gateway_cache_evictions_total', 'counter', 'Entries forgotten to make room.', caches.map(([l, s]) => [l, s.evictions]));
  const dedup = Object.entries(sources.dedup).map(([name, stats]) => [`direction="${name}"`, stats()] as const);
  family('egob_gateway_dedup_leaders_total', 'counter', 'Requests that ran (inbound: executions; outbound: subgraph calls sent).', dedup.map(([l, s]) => [l, s.leaders]));
  family('egob_gateway_dedup_joined_total', 'counter', 'Identical requests of the same caller that shared a running one.', dedup.map(([l, s]) => [l, s.joined]));
  family('egob_gateway_dedup_inflight', 'gauge', 'Distinct requests running now.', dedup.map(([l, s]) => [l, s.inflight]));
  const pools = sources.pools().map((p) => [`origin="${p.origin.replace(/["\\\n]/g, '_')}"`, p] as const);
  family('egob_gateway_subgraph_connections', 'gauge', 'Open connections to a subgraph origin.', pools.map(([l, p]) => [l, p.connected]));
  family('egob_gateway_subgraph_connections_free', 'gauge', 'Idle keep-alive connections to a subgraph origin.', pools.map(([l, p]) => [l, p.free]));
  family('egob_gateway_subgraph_requests_running', 'gauge', 'Subgraph calls being answered.', pools.map(([l, p]) => [l, p.running]));
  family('egob_gateway_subgraph_requests_pending', 'gauge', 'Subgraph calls waiting for a connection.', pools.map(([l, p]) => [l, p.pending]));
  const memory = process.memoryUsage();
  family('process_resident_memory_bytes', 'gauge', 'Resident set size.', [['', memory.rss]]);
  family('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', memory.heapUsed]]);
  return `${lines.join('\n')}\n`;
}
