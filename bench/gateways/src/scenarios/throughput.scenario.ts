import type { GatewayName } from '../bench-options';
import type { GatewayUnderTest } from '../gateways/start-gateways';
import { startProcessSampler, waitForIdle, type ProcessSample } from '../load/process-sampler';
import { isClean, runLoad, type LoadFigures, type LoadSpec } from '../load/run-load';
import { median } from '../median';
import { createDistinctBodies, HEAVY_QUERY, requestBody } from '../queries';
import { loadHeaders, type RigContext } from './rig-context';

/** One measured run of one gateway. */
export interface ThroughputRun {
  gateway: GatewayName;
  round: number;
  figures: LoadFigures;
  clean: boolean;
  sample: ProcessSample;
  /** Subgraph requests the fixture received during the run, and how many carried an egob context token. */
  subgraphRequests: number;
  contextTokens: number;
}

/** Medians of one gateway's clean runs (null figures when no run was clean). */
export interface ThroughputSummary {
  gateway: GatewayName;
  cleanRuns: number;
  errorRuns: number;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  /** Highest VmRSS of the serving process over all runs, MiB. */
  peakRssMb: number;
  /** Median CPU of the gateway process, % of one core (≈100 means the gateway is the bottleneck). */
  cpuPercent: number | null;
  /** Median subgraph requests per answered client request. */
  subgraphCallsPerRequest: number | null;
  /** Highest share of the gateway's CPU used by other processes during a run, % (machine noise). */
  othersOnCpuPercent: number | null;
}

/** The result of the identical or the distinct scenario. */
export interface ThroughputResult {
  scenario: 'identical' | 'distinct';
  description: string;
  runs: ThroughputRun[];
  summaries: ThroughputSummary[];
}

/**
 * Runs the heavy query on every gateway in alternated rounds (A B C D, A B C D…), each run
 * after its own warm-up: `identical` sends the same document and variables on every
 * connection; `distinct` gives every request another `first`, so nothing can be deduplicated.
 */
export async function runThroughputScenario(context: RigContext, scenario: 'identical' | 'distinct'): Promise<ThroughputResult> {
  const { options } = context;
  const runs: ThroughputRun[] = [];
  // Distinct: first = 9, 10, 11… — never two alike in flight, always all nine products (see queries.ts).
  const body = scenario === 'identical' ? { bodies: [requestBody(HEAVY_QUERY)] } : { bodies: [], nextBody: createDistinctBodies() };
  for (let round = 1; round <= options.rounds; round++) {
    for (const gateway of context.gateways) {
      const spec: LoadSpec = { url: gateway.url, connections: options.connections, headers: await loadHeaders(context), checkGraphqlErrors: true, ...body };
      const run = await measureRun(context, gateway, spec);
      runs.push({ ...run, round });
      context.log(`  ${scenario} round ${round} ${gateway.name.padEnd(10)} ${describe(run.figures, run.clean)}  peak RSS ${run.sample.peakRssMb.toFixed(0)} MB  CPU ${run.sample.cpuPercent.toFixed(0)}%${noise(run.sample)}`);
    }
  }
  return {
    scenario,
    description:
      scenario === 'identical'
        ? 'the heavy query, the same document and variables on every request'
        : 'the heavy query with topProducts(first: $first), a different first (≥ 9, same answer) on every request',
    runs,
    summaries: context.gateways.map((gateway) => summarize(gateway.name, runs.filter((run) => run.gateway === gateway.name))),
  };
}

/** Warms `gateway` up with `spec`, waits until it is idle, measures one run of `spec` while sampling the gateway process, and waits until it is idle again. */
export async function measureRun(context: RigContext, gateway: GatewayUnderTest, spec: LoadSpec): Promise<Omit<ThroughputRun, 'round'>> {
  await runLoad({ ...spec, durationSeconds: context.options.warmupSeconds });
  await waitForIdle(gateway.workerPid());
  await context.fixture.reset();
  const sampler = startProcessSampler(gateway.workerPid(), Number(context.options.gatewayCpus));
  const figures = await runLoad({ ...spec, durationSeconds: context.options.durationSeconds });
  const sample = sampler.stop();
  const stats = Object.values(await context.fixture.stats());
  await waitForIdle(gateway.workerPid());
  return {
    gateway: gateway.name,
    figures,
    clean: isClean(figures),
    sample,
    subgraphRequests: stats.reduce((sum, s) => sum + s.requests, 0),
    contextTokens: stats.reduce((sum, s) => sum + s.contextTokens, 0),
  };
}

/** Returns ", others on CPU n%" when other processes used the gateway's CPU during a run (a shared machine), else "". */
export function noise(sample: ProcessSample): string {
  return sample.othersOnCpuPercent !== null && sample.othersOnCpuPercent >= 5 ? `  (others used ${sample.othersOnCpuPercent.toFixed(0)}% of the gateway's CPU)` : '';
}

function maxOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : Math.max(...known);
}

/** Returns one line describing a run's figures (and its errors, when it has any). */
export function describe(figures: LoadFigures, clean: boolean): string {
  const line = `${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms`;
  if (clean) return line;
  if (figures.total === 0) return `${line}  NO ANSWER within the run (every request slower than the run; ${figures.connectionErrors} socket errors)`;
  return `${line}  ERRORS: ${figures.total - figures.status['2xx']} non-2xx (4xx ${figures.status['4xx']}, 5xx ${figures.status['5xx']}), ${figures.graphqlErrors} with GraphQL errors, ${figures.connectionErrors} socket errors (${figures.timeouts} timeouts)`;
}

function summarize(gateway: GatewayName, runs: readonly ThroughputRun[]): ThroughputSummary {
  const clean = runs.filter((run) => run.clean);
  return {
    gateway,
    cleanRuns: clean.length,
    errorRuns: runs.length - clean.length,
    rps: median(clean.map((run) => run.figures.rps)),
    p50: median(clean.map((run) => run.figures.p50)),
    p99: median(clean.map((run) => run.figures.p99)),
    peakRssMb: Math.max(0, ...runs.map((run) => run.sample.peakRssMb)),
    cpuPercent: median(clean.map((run) => run.sample.cpuPercent)),
    subgraphCallsPerRequest: median(clean.filter((run) => run.figures.total > 0).map((run) => run.subgraphRequests / run.figures.total)),
    othersOnCpuPercent: maxOrNull(runs.map((run) => run.sample.othersOnCpuPercent)),
  };
}
