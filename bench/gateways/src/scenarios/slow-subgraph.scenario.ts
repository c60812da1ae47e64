import type { GatewayName } from '../bench-options';
import type { FixtureSubgraphName } from '../fixture/fixture-subgraphs';
import type { GatewayUnderTest } from '../gateways/start-gateways';
import { startProcessSampler, waitForIdle, type ProcessSample } from '../load/process-sampler';
import { isClean, runLoad, type LoadFigures } from '../load/run-load';
import { median } from '../median';
import { createDistinctBodies, PROBE_QUERY, requestBody } from '../queries';
import { loadHeaders, sleep, type RigContext } from './rig-context';
import { describe, noise } from './throughput.scenario';

/** The subgraph made slow: the heavy query needs it (inStock, shippingEstimate), the probe never does. */
export const SLOW_SUBGRAPH: FixtureSubgraphName = 'inventory';

/** Connections of the probe (unrelated requests), besides the heavy load's. */
const PROBE_CONNECTIONS = 10;

/** Heavy load and probe figures of one phase (normal, or with the slow subgraph). */
export interface SlowPhase {
  heavy: LoadFigures;
  probe: LoadFigures;
  probeClean: boolean;
  heavyClean: boolean;
  sample: ProcessSample;
}

/** One round of one gateway: the same load without, then with, the latency. */
export interface SlowSubgraphRun {
  gateway: GatewayName;
  round: number;
  normal: SlowPhase;
  slow: SlowPhase;
}

/** Medians of one gateway's rounds. */
export interface SlowSubgraphSummary {
  gateway: GatewayName;
  probeRpsNormal: number | null;
  probeP99Normal: number | null;
  probeRpsSlow: number | null;
  probeP50Slow: number | null;
  probeP99Slow: number | null;
  heavyP50Slow: number | null;
  /** Rounds whose slow phase had errors (probe or heavy). */
  errorRounds: number;
  peakRssMb: number;
  /** Not stalled: the probe's p99 stayed below the added latency in every round, without errors. */
  verdict: 'ok' | 'STALLED' | 'ERRORS';
}

/** The result of the slow-subgraph scenario. */
export interface SlowSubgraphResult {
  scenario: 'slow-subgraph';
  description: string;
  runs: SlowSubgraphRun[];
  summaries: SlowSubgraphSummary[];
}

/**
 * Under the heavy load (the distinct variant: 50 different requests in flight, none shared
 * by deduplication), adds the latency to one subgraph and measures an unrelated query
 * (products + reviews) sent at the same time on its own connections: it must not wait for
 * the slow subgraph. Each round measures the same pair of loads without the latency first.
 */
export async function runSlowSubgraphScenario(context: RigContext): Promise<SlowSubgraphResult> {
  const { options, fixture } = context;
  const runs: SlowSubgraphRun[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const gateway of context.gateways) {
      await runLoad({ url: gateway.url, connections: options.connections, durationSeconds: options.warmupSeconds, headers: await loadHeaders(context), bodies: [], nextBody: createDistinctBodies(), checkGraphqlErrors: true });
      await waitForIdle(gateway.workerPid());
      const normal = await phase(context, gateway);
      await waitForIdle(gateway.workerPid());
      await fixture.setLatency(SLOW_SUBGRAPH, options.slowLatencyMs);
      const slow = await phase(context, gateway).finally(() => fixture.setLatency(SLOW_SUBGRAPH, 0));
      // Requests the load abandoned are still waiting on the slow subgraph: let them drain.
      await sleep(options.slowLatencyMs + 500);
      await waitForIdle(gateway.workerPid());
      runs.push({ gateway: gateway.name, round, normal, slow });
      context.log(`  slow-subgraph round ${round} ${gateway.name.padEnd(10)} probe normal ${describe(normal.probe, normal.probeClean)}`);
      context.log(`  ${' '.repeat(`slow-subgraph round ${round} ${gateway.name.padEnd(10)}`.length)} probe slow   ${describe(slow.probe, slow.probeClean)}  | heavy slow ${describe(slow.heavy, slow.heavyClean)}${noise(slow.sample)}`);
    }
  }
  return {
    scenario: 'slow-subgraph',
    description: `${options.slowLatencyMs} ms added to ${SLOW_SUBGRAPH} under the heavy load (distinct requests, ${options.connections} connections); a probe query that never touches ${SLOW_SUBGRAPH} on ${PROBE_CONNECTIONS} more connections`,
    runs,
    summaries: context.gateways.map((gateway) => summarize(gateway.name, runs.filter((run) => run.gateway === gateway.name), options.slowLatencyMs)),
  };
}

async function phase(context: RigContext, gateway: GatewayUnderTest): Promise<SlowPhase> {
  const { options } = context;
  const headers = await loadHeaders(context);
  const sampler = startProcessSampler(gateway.workerPid(), Number(options.gatewayCpus));
  const common = { url: gateway.url, durationSeconds: options.durationSeconds, headers, checkGraphqlErrors: true, timeoutSeconds: 30 };
  const [heavy, probe] = await Promise.all([
    runLoad({ ...common, connections: options.connections, bodies: [], nextBody: createDistinctBodies() }),
    runLoad({ ...common, connections: PROBE_CONNECTIONS, bodies: [requestBody(PROBE_QUERY)] }),
  ]);
  return { heavy, probe, heavyClean: isClean(heavy), probeClean: isClean(probe), sample: sampler.stop() };
}

function summarize(gateway: GatewayName, runs: readonly SlowSubgraphRun[], latencyMs: number): SlowSubgraphSummary {
  const errorRounds = runs.filter((run) => !run.slow.probeClean || !run.slow.heavyClean).length;
  const stalled = runs.some((run) => run.slow.probe.p99 >= latencyMs);
  return {
    gateway,
    probeRpsNormal: median(runs.map((run) => run.normal.probe.rps)),
    probeP99Normal: median(runs.map((run) => run.normal.probe.p99)),
    probeRpsSlow: median(runs.map((run) => run.slow.probe.rps)),
    probeP50Slow: median(runs.map((run) => run.slow.probe.p50)),
    probeP99Slow: median(runs.map((run) => run.slow.probe.p99)),
    heavyP50Slow: median(runs.map((run) => run.slow.heavy.p50)),
    errorRounds,
    peakRssMb: Math.max(0, ...runs.flatMap((run) => [run.normal.sample.peakRssMb, run.slow.sample.peakRssMb])),
    verdict: stalled ? 'STALLED' : errorRounds > 0 ? 'ERRORS' : 'ok',
  };
}
