#!/usr/bin/env node
// `npm run bench`: load on the gateway (cross-subgraph query) and on the identity subgraph
// directly, alternated, on the stack `npm start` runs (ports +1000, data in .data/bench);
// then the "citizen home" query (identity + entities + health + education + justice + labor)
// at full speed and at a fixed 200 req/s, on SQLite and — when MYSQL_URL is set — MariaDB.
// Prints req/s, p50, p99 and the ratios. Not a test: figures vary by machine.
// Then the gateway comparison rig (bench/gateways). BENCH_ONLY=platform skips the rig,
// BENCH_ONLY=gateways runs only the rig.
'use strict';
const { spawnSync } = require('node:child_process');
const { rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { root } = require('./lib/services');
const { startStack } = require('./lib/stack');
const { benchComposition, benchPublishToServe } = require('./lib/bench-registry');
const { CITIZEN_HOME_QUERY, assertCitizenHome } = require('./lib/citizen-home');
const { services: subgraphServices, mysqlBenchDatabases } = require('./lib/bench-databases');
const { createContextSigner } = require(path.join(root, 'libs/context-token/dist'));
const { login, DEMO_LOGINS } = require(path.join(root, 'libs/test-kit/dist'));

const CITIZENS = Number(process.env.BENCH_CITIZENS || 100_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 20);
const DURATION = Number(process.env.BENCH_DURATION || 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3);
/** The fixed rate of the citizen-home latency run (the issue's goal: p99 < 50 ms at 200 req/s). */
const HOME_RATE = Number(process.env.BENCH_HOME_RATE || 200);
const DATABASES = (process.env.BENCH_DATABASES || (process.env.MYSQL_URL ? 'sqlite,mysql' : 'sqlite')).split(',');

const GATEWAY_QUERY = '{ citizen(ci: "1234567") { names residence { name department { name } } } }';
const DIRECT_QUERY = '{ citizen(ci: "1234567") { names residence { code } } }';

function run(url, body, headers, duration, extra = {}) {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, method: 'POST', body, headers: { 'content-type': 'application/json', ...headers }, connections: CONNECTIONS, duration, ...extra },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;

async function main() {
  if (process.env.BENCH_ONLY !== 'gateways') await benchPlatform();
  if (process.env.BENCH_ONLY !== 'platform') benchGatewayRig();
}

/** Runs the gateway comparison rig (its own README: bench/gateways) in a child process. */
function benchGatewayRig() {
  console.log('\nGateway comparison rig (bench/gateways):');
  const rig = spawnSync(process.execPath, [path.join(root, 'bench/gateways/dist/main.js')], { cwd: root, stdio: 'inherit' });
  if (rig.status !== 0) throw new Error(`the gateway comparison rig failed (${rig.signal || `exit ${rig.status}`})`);
}

async function benchPlatform() {
  console.log(`bench: ${CITIZENS} citizens, ${CONNECTIONS} connections, ${DURATION} s × ${ROUNDS} rounds per target; databases: ${DATABASES.join(', ')}`);
  const home = [];
  for (const database of DATABASES) {
    const stack = await startBenchStack(database);
    try {
      if (database === DATABASES[0]) await benchGateway(stack);
      home.push({ database, ...(await benchCitizenHome(stack)) });
    } finally {
      await stack.stop();
    }
  }
  console.log(`\nCitizen home (identity + entities + health + education + justice + labor, ${CITIZENS} citizens), medians of ${ROUNDS} rounds (${machine()}):\n`);
  console.log(`| database | full speed req/s | p50 (ms) | p99 (ms) | at ${HOME_RATE} req/s: achieved | p50 (ms) | p99 (ms) |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of home) {
    console.log(`| ${row.database} | ${row.max.rps.toFixed(0)} | ${row.max.p50} | ${row.max.p99} | ${row.fixed.rps.toFixed(0)} | ${row.fixed.p50} | ${row.fixed.p99} |`);
  }
}

/** Starts the stack of `npm start` on fresh data (SQLite files, or fresh MariaDB databases) with CITIZENS demo citizens. */
async function startBenchStack(database) {
  // A fresh data folder every run: figures never depend on what an older version seeded.
  const dataDir = path.join(root, '.data', `bench-${database}`);
  rmSync(dataDir, { recursive: true, force: true });
  const databaseUrl = database === 'mysql' ? await mysqlBenchDatabases(process.env.MYSQL_URL, subgraphServices()) : undefined;
  console.log(`\n[${database}] seeding ${CITIZENS} citizens in every subgraph…`);
  const started = Date.now();
  const stack = await startStack({
    dataDir,
    databaseUrl,
    portOffset: 1000,
    seedCitizens: CITIZENS,
    seedOutput: 'ignore',
    extraGateways: 2,
    // One demo user sends the whole load: the per-user limit would turn it into 429s, and
    // in-flight deduplication would fold her identical requests into one — real traffic is
    // many citizens each reading their own home, so these figures are without it (the rig
    // in bench/gateways measures deduplication on its own).
    gatewayEnv: { RATE_LIMIT_PER_MINUTE_USER: '1000000', RATE_LIMIT_PER_MINUTE_ANONYMOUS: '1000000', DEDUP: 'false' },
    onUnexpectedExit: (service, logTail) => {
      console.error(`${service.name} exited: ${logTail}`);
      process.exit(1);
    },
  });
  console.log(`[${database}] stack ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return stack;
}

/** Summarizes autocannon rounds as medians. */
function medians(rows) {
  return { rps: median(rows.map((r) => r.rps)), p50: median(rows.map((r) => r.p50)), p99: median(rows.map((r) => r.p99)) };
}

/** The citizen home, signed in as the demo citizen: full speed, then a fixed rate. */
async function benchCitizenHome(stack) {
  const headers = { authorization: `Bearer ${await login(stack.urls.identity, DEMO_LOGINS.citizen)}` };
  const body = JSON.stringify({ query: CITIZEN_HOME_QUERY, variables: { ci: DEMO_LOGINS.citizen } });
  const answer = await (await fetch(`${stack.urls.gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })).json();
  assertCitizenHome(answer);
  await run(`${stack.urls.gateway}/graphql`, body, headers, 3); // warm-up
  const rows = { max: [], fixed: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ['max', 'fixed']) {
      const r = await run(`${stack.urls.gateway}/graphql`, body, headers, DURATION, kind === 'fixed' ? { overallRate: HOME_RATE } : {});
      if (r.non2xx || r.errors) throw new Error(`citizen home: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
      rows[kind].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
      console.log(`  round ${round + 1} home ${kind === 'max' ? 'full speed' : `${HOME_RATE} req/s`.padEnd(10)} ${r.requests.average.toFixed(0)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms`);
    }
  }
  return { max: medians(rows.max), fixed: medians(rows.fixed) };
}

/** The gateway against the identity subgraph directly, and the registry figures. */
async function benchGateway(stack) {
  const signer = await createContextSigner({ privateKeyPem: stack.keys.context.privateKeyPem, ttlSeconds: DURATION + 30 });
  // The demo citizen reads her own data, signed in through identity's real login.
  const asCitizen = { authorization: `Bearer ${await login(stack.urls.identity, DEMO_LOGINS.citizen)}` };
  const targets = {
    gateway: async (duration) => run(`${stack.urls.gateway}/graphql`, JSON.stringify({ query: GATEWAY_QUERY }), asCitizen, duration),
    direct: async (duration) => {
      const token = await signer.sign({ subject: DEMO_LOGINS.citizen, roles: ['citizen'], actingEntity: null, purpose: 'bench', requestId: 'bench' }, 'identity');
      return run(`${stack.urls.subgraphs.identity}/graphql`, JSON.stringify({ query: DIRECT_QUERY }), { 'x-egob-context': token }, duration);
    },
  };
  // The answers must be right before they are fast.
  const check = await (await fetch(`${stack.urls.gateway}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...asCitizen }, body: JSON.stringify({ query: GATEWAY_QUERY }) })).json();
  if (check.data?.citizen?.residence?.department?.name !== 'La Paz') throw new Error(`unexpected answer: ${JSON.stringify(check)}`);

  for (const name of Object.keys(targets)) await targets[name](3); // warm-up
  const results = { gateway: [], direct: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of ['gateway', 'direct']) {
      const r = await targets[name](DURATION);
      if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
      results[name].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 });
      console.log(`  round ${round + 1} ${name.padEnd(8)} ${r.requests.average.toFixed(0)} req/s  p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms`);
    }
  }
  const summary = Object.fromEntries(Object.entries(results).map(([name, rows]) => [name, medians(rows)]));
  console.log(`\nMedians of ${ROUNDS} alternated rounds (${machine()}):\n`);
  console.log('| target | query | req/s | p50 (ms) | p99 (ms) |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  console.log(`| gateway | citizen + residence + department (2 subgraphs) | ${summary.gateway.rps.toFixed(0)} | ${summary.gateway.p50} | ${summary.gateway.p99} |`);
  console.log(`| identity direct | citizen + residence code | ${summary.direct.rps.toFixed(0)} | ${summary.direct.p50} | ${summary.direct.p99} |`);
  console.log(`\nratio gateway/direct: req/s ${(summary.gateway.rps / summary.direct.rps).toFixed(2)}, p50 ${(summary.gateway.p50 / summary.direct.p50).toFixed(2)}, p99 ${(summary.gateway.p99 / summary.direct.p99).toFixed(2)}`);

  const composition = benchComposition();
  console.log(`\nregistry: composing ${composition.subgraphs} subgraphs ${composition.composeMs.toFixed(0)} ms (median of 5), public variant ${composition.contractMs.toFixed(0)} ms (goal: composition < 1000 ms)`);
  const delivery = await benchPublishToServe(stack.urls.registry, stack.urls.gateways, stack.publishKeys.AGETIC);
  console.log(`registry: publish → all ${delivery.gateways} gateways serving: median ${delivery.medianMs.toFixed(0)} ms, max ${delivery.maxMs.toFixed(0)} ms over ${delivery.rounds} publishes (goal: < 2000 ms)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
