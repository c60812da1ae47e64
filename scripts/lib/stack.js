'use strict';
// Starts the registry, every subgraph and the gateway as child processes (what `npm start`
// and `npm run bench` share). Logs go to <dataDir>/logs/<service>.log.
const { spawn } = require('node:child_process');
const { createWriteStream, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { root, subgraphs, registry, gateway } = require('./services');
const { ensureLocalKeys } = require('./context-keys');
const { rotatePublishKeys } = require('./publish-keys');

const HOST = '127.0.0.1';

/**
 * Starts the whole stack and resolves to { urls, keys, stop() } once the gateway is ready.
 * options: dataDir, portOffset (added to every default port), seedCitizens, seedOutput
 * ('inherit' shows the progress bars), extraGateways (more gateway processes on ports
 * gateway + 200 + i), gatewayEnv (extra variables of every gateway), onUnexpectedExit(service, logTail),
 * databaseUrl(name) (a subgraph's DATABASE_URL; default an SQLite file under dataDir).
 */
async function startStack(options) {
  const { databaseUrl = (name) => `sqlite:${path.join(options.dataDir, `${name}.sqlite`)}`, dataDir, portOffset = 0, seedCitizens, seedOutput = 'inherit', extraGateways = 0, gatewayEnv: extraGatewayEnv = {}, onUnexpectedExit = () => {} } = options;
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const keyDir = path.join(dataDir, 'keys');
  const serviceClients = subgraphs.filter((s) => s.serviceClient).map((s) => s.serviceClient);
  const keys = ensureLocalKeys(keyDir, subgraphs.map((s) => s.name), serviceClients);
  const auditService = subgraphs.find((s) => s.name === 'audit');
  const portOf = (service) => service.port + portOffset;
  const registryUrl = `http://${HOST}:${portOf(registry)}`;
  const identityOrigin = `http://${HOST}:${portOf(subgraphs.find((s) => s.name === 'identity'))}`;
  const children = [];
  const extras = [];
  let publishKeys = {};
  let stopping = false;

  const logFileOf = (service) => path.join(logDir, `${service.name}.log`);
  const start = (service, args, env) => {
    const log = createWriteStream(logFileOf(service), { flags: 'a' });
    const child = spawn(process.execPath, [service.main, ...args], {
      cwd: root,
      env: { ...process.env, HOST, PORT: String(portOf(service)), LOG_LEVEL: process.env.LOG_LEVEL || 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    children.push(child);
    child.on('exit', (code, signal) => {
      // One service gone: stop the others (no orphans), then report.
      if (!stopping) void stop().then(() => onUnexpectedExit(service, `${signal || `exit ${code}`}\n${tail(logFileOf(service))}`));
    });
  };

  const seed = (service, env) =>
    new Promise((resolve, reject) => {
      const args = [service.main, 'seed', ...(seedCitizens ? ['--citizens', String(seedCitizens)] : [])];
      const child = spawn(process.execPath, args, {
        cwd: root,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', seedOutput, seedOutput],
      });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${service.name} failed (exit ${code})`))));
    });

  const waitReady = async (service, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !stopping) {
      try {
        if ((await fetch(`http://${HOST}:${portOf(service)}/ready`, { signal: AbortSignal.timeout(2_000) })).ok) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
    throw new Error(`${service.name} is not ready: see ${path.relative(root, logFileOf(service))}`);
  };

  const waitPublished = async (names, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !stopping) {
      try {
        const body = await (await fetch(`${registryUrl}/subgraphs`)).json();
        const published = new Set((body.subgraphs || []).map((s) => s.name));
        if (names.every((n) => published.has(n))) return;
      } catch {
        // registry starting
      }
      await sleep(200);
    }
    throw new Error(`not every subgraph reached the registry: see ${path.relative(root, logDir)}/`);
  };

  const stop = () => {
    stopping = true;
    const alive = children.filter((c) => c.exitCode === null && c.signalCode === null).reverse();
    return new Promise((resolve) => {
      if (alive.length === 0) return resolve();
      let left = alive.length;
      const force = setTimeout(() => alive.forEach((c) => c.kill('SIGKILL')), 15_000);
      for (const child of alive) {
        child.once('exit', () => {
          if (--left === 0) {
            clearTimeout(force);
            resolve();
          }
        });
        child.kill('SIGTERM');
      }
    });
  };

  try {
    start(registry, [], {
      DATABASE_URL: `sqlite:${path.join(dataDir, 'schema-registry.sqlite')}`,
      REGISTRY_ADMIN_KEY: keys.adminKey,
      REGISTRY_USAGE_KEY: keys.usageKey,
      REGISTRY_SIGNING_KEY: keys.signing.privateKeyPem,
    });
    await waitReady(registry);
    publishKeys = await rotatePublishKeys(registryUrl, keys.adminKey, subgraphs.map((s) => s.owner), keyDir);
    const gatewayUrl = `http://${HOST}:${portOf(gateway)}/graphql`;
    const subgraphEnv = (service) => ({
      DATABASE_URL: databaseUrl(service.name),
      CONTEXT_TOKEN_PUBLIC_KEYS: keys.context.publicKeyPem,
      REGISTRY_URL: registryUrl,
      REGISTRY_PUBLISH_TOKEN: publishKeys[service.owner],
      IDENTITY_ISSUER: identityOrigin,
      AUDIT_INGEST_URL: `http://${HOST}:${portOf(auditService)}/ingest`,
      AUDIT_INGEST_KEY: keys.auditIngestKeys[service.name],
      ...(service === auditService ? { AUDIT_INGEST_KEYS: Object.entries(keys.auditIngestKeys).map(([n, k]) => `${n}=${k}`).join(',') } : {}),
      // Identity knows every service account; a subgraph with one reaches the graph through the gateway.
      ...(service.name === 'identity' ? { IDENTITY_SERVICE_CLIENT_SECRETS: Object.entries(keys.serviceSecrets).map(([id, secret]) => `${id}=${secret}`).join(',') } : {}),
      ...(service.serviceClient
        ? {
            SERVICE_CLIENT_ID: service.serviceClient,
            SERVICE_CLIENT_SECRET: keys.serviceSecrets[service.serviceClient],
            GATEWAY_URL: gatewayUrl,
            IDENTITY_TOKEN_URL: `${identityOrigin}/oauth/token`,
          }
        : {}),
    });
    for (const service of subgraphs) await seed(service, subgraphEnv(service));
    for (const service of subgraphs) start(service, ['serve'], { ...subgraphEnv(service), SEED_ON_START: 'false' });
    await Promise.all(subgraphs.map((s) => waitReady(s)));
    await waitPublished(subgraphs.map((s) => s.name));
    const gatewayEnv = (cacheName) => ({
      REGISTRY_URL: registryUrl,
      CONTEXT_TOKEN_PRIVATE_KEY: keys.context.privateKeyPem,
      REGISTRY_SIGNING_PUBLIC_KEYS: keys.signing.publicKeyPem,
      IDENTITY_ISSUER: identityOrigin,
      REGISTRY_USAGE_KEY: keys.usageKey,
      SUPERGRAPH_CACHE_FILE: path.join(dataDir, 'gateway', cacheName),
      // One process per gateway on this one machine (the stack is already one process per service); production forks one worker per core.
      GATEWAY_WORKERS: '1',
      ...extraGatewayEnv,
    });
    start(gateway, [], gatewayEnv('supergraph.json'));
    for (let i = 0; i < extraGateways; i++) {
      const extra = { ...gateway, name: `gateway-${i + 2}`, port: gateway.port + 200 + i };
      extras.push(extra);
      start(extra, [], gatewayEnv(`supergraph-${i + 2}.json`));
    }
    await Promise.all([gateway, ...extras].map((g) => waitReady(g)));
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    keys,
    publishKeys,
    logDir,
    urls: {
      identity: identityOrigin,
      gateway: `http://${HOST}:${portOf(gateway)}`,
      gateways: [gateway, ...extras].map((g) => `http://${HOST}:${portOf(g)}`),
      registry: registryUrl,
      subgraphs: Object.fromEntries(subgraphs.map((s) => [s.name, `http://${HOST}:${portOf(s)}`])),
    },
    stop,
  };
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(sin registro)';
  }
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

module.exports = { startStack };
