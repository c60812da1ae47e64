#!/usr/bin/env node
// The gateway comparison rig (`npm run bench:gateways`; README.md): the fixture federation
// served through the egob gateway, @apollo/gateway as shipped and Hive Gateway (defaults,
// and with inbound deduplication), each alone on CPU 0 while the subgraphs and the load
// share CPU 1. Not a test: figures depend on the machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBenchOptions, type BenchOptions } from './bench-options';
import { assertSameResponses, type CheckedRequest } from './check-responses';
import { assertTaskset, createChildGroup, pinSelf, type ChildGroup } from './child-processes';
import { startFixtureProcess } from './fixture/fixture-process';
import { startGateways, type GatewayUnderTest } from './gateways/start-gateways';
import { DISTINCT_QUERY, HEAVY_QUERY, PROBE_QUERY, requestBody } from './queries';
import { renderMarkdownReport, type ScenarioResult } from './report/markdown-report';
import { runMalformedScenario } from './scenarios/malformed.scenario';
import type { RigContext } from './scenarios/rig-context';
import { runSlowSubgraphScenario } from './scenarios/slow-subgraph.scenario';
import { runThroughputScenario } from './scenarios/throughput.scenario';
import { startIdentityStandIn } from './stand-ins/identity-stand-in';
import { startRegistryStandIn } from './stand-ins/registry-stand-in';
import { composeFixtureSupergraph } from './supergraph/compose-fixture-supergraph';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(options: BenchOptions, group: ChildGroup): Promise<void> {
  assertTaskset();
  pinSelf(options.loadCpus);
  log(
    `bench:gateways — ${options.gateways.join(', ')}; ${options.scenarios.join(', ')}; ${options.rounds} round(s) × ${options.durationSeconds} s after ${options.warmupSeconds} s warm-up, ${options.connections} connections; gateway on CPU ${options.gatewayCpus}, subgraphs and load on CPU ${options.loadCpus}`,
  );

  const fixture = await startFixtureProcess(group, { cpus: options.loadCpus, env: { ...options.childEnv, NODE_ENV: 'production' }, cwd: options.root });
  const supergraphSdl = composeFixtureSupergraph(fixture.urls);
  const registry = await startRegistryStandIn(supergraphSdl);
  const identity = await startIdentityStandIn();
  try {
    // All gateways stay up for the whole run, idle on CPU 0 but for the one under load.
    const gateways = await startGateways({ options, group, supergraphSdl, registry, identity });
    log(`gateways ready: ${gateways.map((g) => `${g.name} (pid ${g.child.pid})`).join(', ')}`);
    const checks = await checkBeforeLoad(gateways, fixture, identity);
    for (const check of checks) log(`check: ${check}`);

    const context: RigContext = { options, gateways, fixture, identity, log };
    const results: ScenarioResult[] = [];
    for (const scenario of options.scenarios) {
      log(`\nscenario ${scenario}`);
      if (scenario === 'identical' || scenario === 'distinct') results.push(await runThroughputScenario(context, scenario));
      else if (scenario === 'slow-subgraph') results.push(await runSlowSubgraphScenario(context));
      else results.push(await runMalformedScenario(context));
    }

    const outbound = gateways.map((gateway) => ({ gateway: gateway.name, refused: readLines(gateway.outboundLog) }));
    const outboundCheck = outbound.every((o) => o.refused.length === 0)
      ? 'outbound guard: no gateway tried to reach anything outside the machine'
      : `outbound guard REFUSED connections: ${outbound.filter((o) => o.refused.length > 0).map((o) => `${o.gateway}: ${o.refused.slice(0, 3).join('; ')}`).join(' | ')}`;
    const settings = `${options.rounds} round(s) per scenario, gateways alternated in each round (${options.gateways.join(' → ')}); autocannon ${options.connections} connections, ${options.warmupSeconds} s warm-up then ${options.durationSeconds} s measured per run${options.quick ? ' (--quick)' : ''}; usage reports received by the registry stand-in: ${registry.counts.usageReports}`;
    const report = renderMarkdownReport(
      { machine: machineLine(), settings, gateways: gateways.map(({ name, label }) => ({ name, label })), checks: [...checks, outboundCheck] },
      results,
    );
    process.stdout.write(`\n${report}`);
    mkdirSync(path.dirname(options.outputFile), { recursive: true });
    writeFileSync(
      options.outputFile,
      `${JSON.stringify({ at: new Date().toISOString(), machine: machineLine(), options: { ...options, childEnv: undefined }, gateways: gateways.map(({ name, label }) => ({ name, label })), checks, outbound, usageReports: registry.counts.usageReports, results }, null, 2)}\n`,
    );
    log(`\nwritten: ${path.relative(options.root, options.outputFile)} (logs in ${path.relative(options.root, options.workDir)}/logs)`);
  } finally {
    await group.stopAll();
    await registry.close();
    await identity.close();
  }
}

/** Checks that every gateway gives the same answers, and that the egob gateway sent its context tokens; returns what was checked. */
async function checkBeforeLoad(gateways: readonly GatewayUnderTest[], fixture: RigContext['fixture'], identity: RigContext['identity']): Promise<string[]> {
  const requests: CheckedRequest[] = [
    { name: 'the heavy query', body: requestBody(HEAVY_QUERY), assertShape: assertHeavyShape(5) },
    { name: 'the distinct query (first: 9)', body: requestBody(DISTINCT_QUERY, { first: 9 }), assertShape: assertHeavyShape(9) },
    { name: 'the distinct query (first: 123456)', body: requestBody(DISTINCT_QUERY, { first: 123_456 }), assertShape: assertHeavyShape(9) },
    { name: 'the probe query', body: requestBody(PROBE_QUERY), assertShape: (data) => expect((data as { topProducts?: unknown[] }).topProducts?.length === 5, 'probe: 5 top products') },
  ];
  await assertSameResponses(gateways, requests, () => identity.citizenToken());
  const checks = [`${requests.map((r) => r.name).join(', ')}: the same JSON from ${gateways.map((g) => g.name).join(', ')}`];
  const egob = gateways.find((g) => g.name === 'egob');
  if (egob) {
    await fixture.reset();
    await assertSameResponses([egob], requests.slice(0, 1), () => identity.citizenToken());
    const stats = Object.values(await fixture.stats());
    const requestsSeen = stats.reduce((sum, s) => sum + s.requests, 0);
    const tokens = stats.reduce((sum, s) => sum + s.contextTokens, 0);
    if (tokens !== requestsSeen || tokens === 0) throw new Error(`egob gateway: ${tokens} context tokens for ${requestsSeen} subgraph requests`);
    checks.push(`egob: one heavy query = ${requestsSeen} subgraph requests, each with a context token`);
  }
  return checks;
}

/** Returns a check of the heavy query's answer with `topProducts` products. */
function assertHeavyShape(topProducts: number): (data: unknown) => void {
  return (data) => {
    const d = data as {
      users?: { reviews?: { product?: { reviews?: { author?: { username?: string } }[] } }[] }[];
      topProducts?: { upc?: string; inStock?: boolean; shippingEstimate?: number | null; reviews?: unknown[] }[];
    };
    expect(d.users?.length === 6, 'six users');
    expect(d.users?.every((u) => u.reviews?.length === 2) === true, 'two reviews per user');
    expect(d.users?.[0]?.reviews?.[0]?.product?.reviews?.length === 4, 'four reviews of product 1');
    expect(d.users?.[0]?.reviews?.[0]?.product?.reviews?.[0]?.author?.username === 'urigo', 'author urigo (provided)');
    expect(d.topProducts?.length === topProducts, `${topProducts} top products`);
    expect(d.topProducts?.[0]?.inStock === true && d.topProducts?.[0]?.shippingEstimate === 50, 'product 1 in stock, shipping 50 (@requires)');
  };
}

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`unexpected answer from the gateways: expected ${what}`);
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

let options: BenchOptions;
try {
  options = loadBenchOptions(process.argv.slice(2), process.env);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
// A fresh work folder every run: no log or supergraph cache of an older run is read.
rmSync(options.workDir, { recursive: true, force: true });
const group = createChildGroup(path.join(options.workDir, 'logs'));
// Whatever happens, no child outlives the rig.
process.on('exit', () => group.killAllNow());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping the gateways and the subgraphs`);
    void group.stopAll().finally(() => process.exit(130));
  });
}
main(options, group).catch(async (error: unknown) => {
  log(`bench:gateways failed: ${error instanceof Error ? error.message : String(error)}`);
  await group.stopAll();
  process.exit(1);
});
