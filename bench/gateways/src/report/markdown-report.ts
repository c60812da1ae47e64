import type { GatewayName } from '../bench-options';
import type { MalformedResult } from '../scenarios/malformed.scenario';
import type { SlowSubgraphResult } from '../scenarios/slow-subgraph.scenario';
import type { ThroughputResult } from '../scenarios/throughput.scenario';

/** The result of any scenario. */
export type ScenarioResult = ThroughputResult | SlowSubgraphResult | MalformedResult;

/** What the report says besides the scenarios. */
export interface ReportHeader {
  machine: string;
  settings: string;
  gateways: readonly { name: GatewayName; label: string }[];
  /** Lines about the checks made before the load (identical answers, context tokens, outbound guard). */
  checks: readonly string[];
}

/** Returns the Markdown report: the machine line, the gateways, the checks and one table per scenario. */
export function renderMarkdownReport(header: ReportHeader, results: readonly ScenarioResult[]): string {
  const lines = [`## Gateway comparison`, '', `Machine: ${header.machine}`, '', `Settings: ${header.settings}`, '', 'Gateways:', ''];
  for (const gateway of header.gateways) lines.push(`- **${gateway.name}**: ${gateway.label}`);
  lines.push('', 'Checks:', '', ...header.checks.map((check) => `- ${check}`));
  for (const result of results) {
    lines.push('', `### ${result.scenario}: ${result.description}`, '');
    if (isThroughput(result)) lines.push(...throughputTable(result));
    else if (result.scenario === 'slow-subgraph') lines.push(...slowTable(result));
    else lines.push(...malformedTable(result));
  }
  return `${lines.join('\n')}\n`;
}

function isThroughput(result: ScenarioResult): result is ThroughputResult {
  return result.scenario === 'identical' || result.scenario === 'distinct';
}

function throughputTable(result: ThroughputResult): string[] {
  const egob = result.summaries.find((s) => s.gateway === 'egob');
  const lines = [
    '| gateway | req/s | p50 (ms) | p99 (ms) | peak RSS (MB) | CPU (% of a core) | subgraph calls / request | egob ÷ this (req/s) | runs with errors | others on its CPU (max %) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of result.summaries) {
    const ratio = egob?.rps != null && s.rps != null ? (egob.rps / s.rps).toFixed(2) : '—';
    lines.push(
      `| ${s.gateway} | ${fixed(s.rps, 0)} | ${fixed(s.p50, 1)} | ${fixed(s.p99, 1)} | ${s.peakRssMb.toFixed(0)} | ${fixed(s.cpuPercent, 0)} | ${fixed(s.subgraphCallsPerRequest, 2)} | ${ratio} | ${s.errorRuns} of ${s.cleanRuns + s.errorRuns} | ${fixed(s.othersOnCpuPercent, 0)} |`,
    );
  }
  lines.push('', `Medians of the clean runs (a run with any non-2xx answer, GraphQL error or socket error is not counted); peak RSS is the highest over all runs; the last column is the CPU time other processes took on the gateway's CPU during a run (above a few %, the machine was not quiet).`);
  return lines;
}

function slowTable(result: SlowSubgraphResult): string[] {
  const lines = [
    '| gateway | probe req/s (normal) | probe p99 (normal) | probe req/s (slow) | probe p50 (slow) | probe p99 (slow) | heavy p50 (slow) | peak RSS (MB) | rounds with errors | verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const s of result.summaries) {
    lines.push(
      `| ${s.gateway} | ${fixed(s.probeRpsNormal, 0)} | ${fixed(s.probeP99Normal, 1)} | ${fixed(s.probeRpsSlow, 0)} | ${fixed(s.probeP50Slow, 1)} | ${fixed(s.probeP99Slow, 1)} | ${fixed(s.heavyP50Slow, 0)} | ${s.peakRssMb.toFixed(0)} | ${s.errorRounds} | ${s.verdict} |`,
    );
  }
  lines.push('', 'Latencies in ms, medians of the rounds. ok: the probe p99 stayed below the added latency in every round and nothing failed.');
  return lines;
}

function malformedTable(result: MalformedResult): string[] {
  const lines = [
    '| gateway | req/s alone | req/s with burst | change | p99 alone (ms) | p99 with burst (ms) | change | burst answers 2xx / 4xx / 5xx / socket errors | peak RSS (MB) | verdict |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
  ];
  for (const s of result.summaries) {
    const b = s.burstStatus;
    lines.push(
      `| ${s.gateway} | ${fixed(s.rpsAlone, 0)} | ${fixed(s.rpsWithBurst, 0)} | ${percent(s.rpsChange)} | ${fixed(s.p99Alone, 1)} | ${fixed(s.p99WithBurst, 1)} | ${percent(s.p99Change)} | ${b['2xx']} / ${b['4xx']} / ${b['5xx']} / ${s.burstConnectionErrors} | ${s.peakRssMb.toFixed(0)} | ${s.verdict} |`,
    );
  }
  lines.push(
    '',
    'Medians of the rounds (well-formed figures of clean rounds only); each round runs alone, with the burst, alone again, and "alone" is the mean of the two. ok: req/s within 5 %, no 5xx and no socket error in the burst.',
  );
  return lines;
}

function fixed(value: number | null, digits: number): string {
  return value === null ? '—' : value.toFixed(digits);
}

function percent(value: number | null): string {
  return value === null ? '—' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} %`;
}
