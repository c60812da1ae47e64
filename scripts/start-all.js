#!/usr/bin/env node
// `npm start`: the registry, every subgraph and the gateway on this machine, SQLite files
// under .data/, demo data seeded on first run; Ctrl-C stops everything.
'use strict';
const { spawn } = require('node:child_process');
const { createWriteStream, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { root, subgraphs, registry, gateway } = require('./services');
const { ensureContextKeys } = require('./context-keys');

const dataDir = path.join(root, '.data');
const logDir = path.join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });
const keys = ensureContextKeys(path.join(dataDir, 'keys'));
const host = '127.0.0.1';
const portOf = (service) => Number(process.env[`${service.name.toUpperCase().replace(/-/g, '_')}_PORT`] || service.port);
const registryUrl = `http://${host}:${portOf(registry)}`;
const children = [];
let stopping = false;

function start(service, args, env) {
  const logFile = path.join(logDir, `${service.name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [service.main, ...args], {
    cwd: root,
    env: { ...process.env, HOST: host, PORT: String(portOf(service)), LOG_LEVEL: process.env.LOG_LEVEL || 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  children.push({ service, child, logFile });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`\n✗ ${service.name} terminó inesperadamente (${signal || `código ${code}`}). Últimas líneas de ${path.relative(root, logFile)}:`);
    console.error(tail(logFile));
    shutdown(1);
  });
  return child;
}

function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(sin registro)';
  }
}

/** Runs `node main seed` in the foreground so its progress bar shows on this terminal. */
function seed(service, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [service.main, 'seed'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding ${service.name} failed (exit ${code})`))));
  });
}

async function waitReady(service, timeoutMs = 60_000) {
  const url = `http://${host}:${portOf(service)}/ready`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.name} is not ready after ${timeoutMs / 1000} s: see ${path.relative(root, path.join(logDir, `${service.name}.log`))}`);
}

async function waitForSupergraph(names, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${registryUrl}/subgraphs`);
      const body = await response.json();
      const published = new Set((body.subgraphs || []).map((s) => s.name));
      if (names.every((n) => published.has(n))) return;
    } catch {
      // registry starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`not every subgraph reached the registry: see ${path.relative(root, logDir)}/`);
}

function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nDeteniendo egob…');
  const alive = children.filter(({ child }) => child.exitCode === null && child.signalCode === null).reverse();
  let left = alive.length;
  if (left === 0) process.exit(code);
  const force = setTimeout(() => {
    for (const { child } of alive) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 15_000);
  for (const { child } of alive) {
    child.once('exit', () => {
      left -= 1;
      if (left === 0) {
        clearTimeout(force);
        console.log('egob detenido.');
        process.exit(code);
      }
    });
    child.kill('SIGTERM');
  }
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

async function main() {
  console.log('egob: iniciando en esta máquina (SQLite en .data/)…\n');
  start(registry, [], { DATABASE_URL: `sqlite:${path.join(dataDir, 'schema-registry.sqlite')}` });
  await waitReady(registry);

  const subgraphEnv = (service) => ({
    DATABASE_URL: `sqlite:${path.join(dataDir, `${service.name}.sqlite`)}`,
    CONTEXT_TOKEN_PUBLIC_KEYS: keys.publicKeyPem,
    REGISTRY_URL: registryUrl,
  });
  console.log('Datos de demostración (solo la primera vez):');
  for (const service of subgraphs) await seed(service, subgraphEnv(service));
  for (const service of subgraphs) start(service, ['serve'], { ...subgraphEnv(service), SEED_ON_START: 'false' });
  await Promise.all(subgraphs.map((s) => waitReady(s)));
  await waitForSupergraph(subgraphs.map((s) => s.name));

  start(gateway, [], {
    REGISTRY_URL: registryUrl,
    CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
    SUPERGRAPH_CACHE_FILE: path.join(dataDir, 'gateway', 'supergraph.json'),
  });
  await waitReady(gateway);

  const gatewayUrl = `http://${host}:${portOf(gateway)}`;
  const rows = [
    ['Gateway GraphQL', `${gatewayUrl}/graphql`],
    ['Explorador GraphQL', `${gatewayUrl}/explorer`],
    ['Registro de esquemas', `${registryUrl}/subgraphs`],
    ...subgraphs.map((s) => [`Subgrafo ${s.name}`, `http://${host}:${portOf(s)}/graphql`]),
  ];
  console.log('\negob está listo:\n');
  for (const [label, url] of rows) console.log(`  ${label.padEnd(24)} ${url}`);
  console.log('\n  Ciudadana de demostración: CI 1234567. Pruebe en el explorador:');
  console.log('    { citizen(ci: "1234567") { names residence { name department { name } } } }');
  console.log(`\n  Registros en ${path.relative(root, logDir)}/. Ctrl-C para detener.`);
}

main().catch((error) => {
  console.error(`\n✗ ${error.message}`);
  shutdown(1);
});
