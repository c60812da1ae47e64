import type { GatewayName } from '../bench-options';
import type { GatewayUnderTest } from '../gateways/start-gateways';
import { startProcessSampler, waitForIdle, type ProcessSample } from '../load/process-sampler';
import { isClean, runLoad, type LoadFigures } from '../load/run-load';
import { median } from '../median';
import { createDistinctBodies, MALFORMED_BODIES } from '../queries';
import { loadHeaders, type RigContext } from './rig-context';
import { describe, noise } from './throughput.scenario';

/** Connections of the malformed burst, besides the well-formed load's. */
const BURST_CONNECTIONS = 10;

/** Largest change of well-formed req/s the burst may cause: "a few percent". */
export const MALFORMED_TOLERANCE = 0.05;

/** The malformed burst's outcome. */
export interface BurstFigures {
  sent: number;
  seconds: number;
  status: LoadFigures['status'];
  connectionErrors: number;
}

/** One round of one gateway: well-formed load alone, with the burst, alone again. */
export interface MalformedRun {
  gateway: GatewayName;
  round: number;
  /** The two runs alone, merged: mean req/s and latencies, summed counts. */
  alone: LoadFigures;
  aloneBefore: LoadFigures;
  aloneAfter: LoadFigures;
  withBurst: LoadFigures;
  clean: boolean;
  burst: BurstFigures;
  sample: ProcessSample;
}

/** Medians of one gateway's rounds. */
export interface MalformedSummary {
  gateway: GatewayName;
  rpsAlone: number | null;
  rpsWithBurst: number | null;
  p99Alone: number | null;
  p99WithBurst: number | null;
  /** Median of (with burst / alone − 1) of req/s, per round. */
  rpsChange: number | null;
  p99Change: number | null;
  /** Burst answers by class, summed over rounds. */
  burstStatus: LoadFigures['status'];
  burstConnectionErrors: number;
  peakRssMb: number;
  errorRounds: number;
  /** ok: req/s within the tolerance, no 5xx or socket error in the burst, clean well-formed traffic. */
  verdict: 'ok' | 'DEGRADED' | 'ERRORS';
}

/** The result of the malformed scenario. */
export interface MalformedResult {
  scenario: 'malformed';
  description: string;
  runs: MalformedRun[];
  summaries: MalformedSummary[];
}

/**
 * Measures the heavy query's load (distinct requests) alone, with a burst of malformed
 * requests sent at the same time on other connections (broken JSON, wrong shapes, syntax,
 * validation and variable errors, in turn), then alone again: the burst run is compared
 * with the mean of the runs around it, so that a machine drifting during the round (this
 * one drifts by several percent from one run to the next) does not pose as impact.
 */
export async function runMalformedScenario(context: RigContext): Promise<MalformedResult> {
  const { options } = context;
  const runs: MalformedRun[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const gateway of context.gateways) {
      const headers = await loadHeaders(context);
      // Distinct requests: every well-formed request costs a full execution, as real traffic does (identical ones would be shared by deduplication).
      const wellFormed = { url: gateway.url, connections: options.connections, headers, bodies: [], nextBody: createDistinctBodies(), checkGraphqlErrors: true };
      await runLoad({ ...wellFormed, durationSeconds: options.warmupSeconds });
      await waitForIdle(gateway.workerPid());
      const sampler = startProcessSampler(gateway.workerPid(), Number(options.gatewayCpus));
      const idle = () => waitForIdle(gateway.workerPid());
      const alone = () => runLoad({ ...wellFormed, durationSeconds: options.durationSeconds }).finally(idle);
      const withBurst = () => burstDuring(context, gateway, headers, () => runLoad({ ...wellFormed, durationSeconds: options.durationSeconds })).finally(idle);
      const aloneBefore = await alone();
      const burstResult = await withBurst();
      const aloneAfter = await alone();
      const run: MalformedRun = {
        gateway: gateway.name,
        round,
        alone: mergeRuns(aloneBefore, aloneAfter),
        aloneBefore,
        aloneAfter,
        withBurst: burstResult.figures,
        clean: isClean(aloneBefore) && isClean(aloneAfter) && isClean(burstResult.figures),
        burst: burstResult.burst,
        sample: sampler.stop(),
      };
      runs.push(run);
      const change = ((run.withBurst.rps / run.alone.rps - 1) * 100).toFixed(1);
      const label = `malformed round ${round} ${gateway.name.padEnd(10)}`;
      const indent = ' '.repeat(label.length);
      context.log(`  ${label} alone ${describe(aloneBefore, isClean(aloneBefore))}`);
      context.log(
        `  ${indent} burst ${describe(run.withBurst, isClean(run.withBurst))}  (${change}% req/s against the mean of the runs alone; burst ${run.burst.sent} in ${run.burst.seconds.toFixed(1)} s: 2xx ${run.burst.status['2xx']}, 4xx ${run.burst.status['4xx']}, 5xx ${run.burst.status['5xx']}, socket errors ${run.burst.connectionErrors})${noise(run.sample)}`,
      );
      context.log(`  ${indent} alone ${describe(aloneAfter, isClean(aloneAfter))}`);
    }
  }
  return {
    scenario: 'malformed',
    description: `the heavy query (distinct requests, ${options.connections} connections) alone, with a burst of ${options.malformedBurst} malformed requests on ${BURST_CONNECTIONS} more connections, alone again`,
    runs,
    summaries: context.gateways.map((gateway) => summarize(gateway.name, runs.filter((run) => run.gateway === gateway.name))),
  };
}

async function burstDuring(
  context: RigContext,
  gateway: GatewayUnderTest,
  headers: Record<string, string>,
  load: () => Promise<LoadFigures>,
): Promise<{ figures: LoadFigures; burst: BurstFigures }> {
  const startedAt = Date.now();
  const burstLoad = runLoad({
    url: gateway.url,
    connections: BURST_CONNECTIONS,
    amount: context.options.malformedBurst,
    headers,
    bodies: MALFORMED_BODIES,
    checkGraphqlErrors: false,
  }).then((figures) => ({ figures, seconds: (Date.now() - startedAt) / 1000 }));
  const [figures, burst] = await Promise.all([load(), burstLoad]);
  return {
    figures,
    burst: { sent: burst.figures.total, seconds: burst.seconds, status: burst.figures.status, connectionErrors: burst.figures.connectionErrors },
  };
}

function summarize(gateway: GatewayName, runs: readonly MalformedRun[]): MalformedSummary {
  const clean = runs.filter((run) => run.clean);
  const burstStatus = { '2xx': 0, '4xx': 0, '5xx': 0, other: 0 };
  for (const run of runs) for (const key of Object.keys(burstStatus) as (keyof typeof burstStatus)[]) burstStatus[key] += run.burst.status[key];
  const burstConnectionErrors = runs.reduce((sum, run) => sum + run.burst.connectionErrors, 0);
  const rpsChange = median(clean.map((run) => run.withBurst.rps / run.alone.rps - 1));
  const errorRounds = runs.length - clean.length;
  const degraded = rpsChange === null || Math.abs(rpsChange) > MALFORMED_TOLERANCE || burstStatus['5xx'] > 0 || burstConnectionErrors > 0;
  return {
    gateway,
    rpsAlone: median(clean.map((run) => run.alone.rps)),
    rpsWithBurst: median(clean.map((run) => run.withBurst.rps)),
    p99Alone: median(clean.map((run) => run.alone.p99)),
    p99WithBurst: median(clean.map((run) => run.withBurst.p99)),
    rpsChange,
    p99Change: median(clean.map((run) => run.withBurst.p99 / run.alone.p99 - 1)),
    burstStatus,
    burstConnectionErrors,
    peakRssMb: Math.max(0, ...runs.map((run) => run.sample.peakRssMb)),
    errorRounds,
    verdict: errorRounds > 0 ? 'ERRORS' : degraded ? 'DEGRADED' : 'ok',
  };
}

/** Returns two runs as one: mean req/s and latency percentiles, summed counts. */
function mergeRuns(a: LoadFigures, b: LoadFigures): LoadFigures {
  const sum = (key: keyof LoadFigures['status']) => a.status[key] + b.status[key];
  return {
    rps: (a.rps + b.rps) / 2,
    p50: (a.p50 + b.p50) / 2,
    p99: (a.p99 + b.p99) / 2,
    total: a.total + b.total,
    durationSeconds: a.durationSeconds + b.durationSeconds,
    status: { '2xx': sum('2xx'), '4xx': sum('4xx'), '5xx': sum('5xx'), other: sum('other') },
    connectionErrors: a.connectionErrors + b.connectionErrors,
    timeouts: a.timeouts + b.timeouts,
    graphqlErrors: a.graphqlErrors + b.graphqlErrors,
  };
}
