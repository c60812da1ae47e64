import { createServer } from 'node:net';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { generateContextKeyPair } from '@egob/context-token';
import type { BenchOptions, GatewayName } from '../bench-options';
import type { Child, ChildGroup } from '../child-processes';
import { DISTINCT_QUERY, HEAVY_QUERY, PROBE_QUERY } from '../queries';
import type { IdentityStandIn } from '../stand-ins/identity-stand-in';
import type { RegistryStandIn } from '../stand-ins/registry-stand-in';

/** One gateway under test, started and ready. */
export interface GatewayUnderTest {
  name: GatewayName;
  /** What it is and how it is configured, for the report. */
  label: string;
  /** Its /graphql URL. */
  url: string;
  child: Child;
  /** File the outbound guard writes refused connections to. */
  outboundLog: string;
  /** Returns the pid of the process that serves requests (the cluster worker when there is one). */
  workerPid(): number;
}

/** What starting the gateways needs. */
export interface GatewayDeps {
  options: BenchOptions;
  group: ChildGroup;
  /** The composed supergraph SDL (the same for every gateway). */
  supergraphSdl: string;
  registry: RegistryStandIn;
  identity: IdentityStandIn;
}

/**
 * Operation limits of the egob gateway, on. HEAVY_QUERY and DISTINCT_QUERY pass the defaults
 * (depth 12, cost 5,000: graphql-armor counts them 10 deep, cost 963), so nothing is raised;
 * they are written out so that a change of the defaults cannot silently change the rig.
 */
export const EGOB_LIMITS = { MAX_DEPTH: '12', MAX_COST: '5000' } as const;

// Cluster mode (being added in gateway/): one worker, so every gateway serves on one core.
const EGOB_WORKERS = '1';

/** Starts the chosen gateways one after the other, each pinned to the gateway CPU, and waits until each serves. */
export async function startGateways(deps: GatewayDeps): Promise<GatewayUnderTest[]> {
  const { options } = deps;
  const dir = path.join(options.workDir, 'files');
  mkdirSync(dir, { recursive: true });
  const supergraphFile = path.join(dir, 'supergraph.graphql');
  writeFileSync(supergraphFile, deps.supergraphSdl);
  const guard = path.resolve(__dirname, '..', '..', 'preload', 'outbound-guard.cjs');
  const started: GatewayUnderTest[] = [];
  for (const name of options.gateways) {
    const port = await findFreePort();
    const outboundLog = path.join(options.workDir, `outbound-${name}.log`);
    writeFileSync(outboundLog, '');
    const common = {
      ...options.childEnv,
      NODE_ENV: 'production',
      NODE_OPTIONS: `--require ${guard}`,
      EGOB_BENCH_OUTBOUND_LOG: outboundLog,
    };
    const spec = await specOf(name, { deps, dir, port, supergraphFile, env: common });
    const child = deps.group.start({ name: `gateway-${name}`, cpus: options.gatewayCpus, cwd: spec.cwd, command: process.execPath, args: spec.args, env: spec.env });
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitReady(child, spec.readyCheck(url));
    started.push({
      name,
      label: spec.label,
      url,
      child,
      outboundLog,
      workerPid: () => workerPidOf(child.pid),
    });
  }
  return started;
}

interface GatewaySpec {
  label: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  readyCheck(url: string): () => Promise<boolean>;
}

async function specOf(
  name: GatewayName,
  context: { deps: GatewayDeps; dir: string; port: number; supergraphFile: string; env: Record<string, string> },
): Promise<GatewaySpec> {
  const { deps, dir, port, supergraphFile, env } = context;
  const graphqlReady = (url: string) => async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    return response.ok;
  };
  // An empty folder as working directory: Hive Gateway must not pick up a gateway.config.* by accident.
  const emptyDir = path.join(dir, `cwd-${name}`);
  mkdirSync(emptyDir, { recursive: true });
  switch (name) {
    case 'egob':
    case 'egob-nodedup': {
      const keys = await generateContextKeyPair();
      // Production mode: citizens may only run registered documents, so the rig's are registered.
      const trusted = path.join(dir, `trusted-documents-${name}.json`);
      writeFileSync(trusted, JSON.stringify(Object.fromEntries([HEAVY_QUERY, DISTINCT_QUERY, PROBE_QUERY].map((q) => [sha256Hex(q), q]))));
      return {
        label:
          name === 'egob'
            ? 'egob gateway (gateway/dist/main.js: production mode, user token verified, trusted documents, operation limits on, a context token per subgraph call, usage reporting on, 1 worker)'
            : 'egob gateway as above with DEDUP=false: no in-flight deduplication, inbound or to subgraphs (what the rest of the gateway work gives alone)',
        args: [gatewayMainOf()],
        cwd: emptyDir,
        env: {
          ...env,
          PORT: String(port),
          HOST: '127.0.0.1',
          EGOB_MODE: 'production',
          LOG_LEVEL: 'warn',
          GATEWAY_ID: `bench-${name}`,
          DEDUP: name === 'egob' ? 'true' : 'false',
          GATEWAY_WORKERS: EGOB_WORKERS,
          REGISTRY_URL: deps.registry.url,
          REGISTRY_SIGNING_PUBLIC_KEYS: deps.registry.publicKeyPem,
          SUPERGRAPH_CACHE_FILE: path.join(dir, `${name}-supergraph.json`),
          USAGE_REPORTING: 'true',
          REGISTRY_USAGE_KEY: deps.registry.usageKey,
          CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
          IDENTITY_ISSUER: deps.identity.issuer,
          IDENTITY_JWKS_URL: deps.identity.jwksUrl,
          TRUSTED_DOCUMENTS_FILE: trusted,
          // One user sends the whole load: the per-user limit would turn it into 429s.
          RATE_LIMIT_PER_MINUTE_USER: '1000000',
          RATE_LIMIT_PER_MINUTE_ANONYMOUS: '1000000',
          ...EGOB_LIMITS,
        },
        readyCheck: (url) => async () => (await fetch(url.replace(/\/graphql$/, '/ready'))).ok,
      };
    }
    case 'apollo':
      return {
        label: '@apollo/gateway 2.14.4 as shipped (ApolloServer 5.5.1 standalone, ApolloGateway({ supergraphSdl }), defaults; APOLLO_TELEMETRY_DISABLED=true)',
        args: [path.join(__dirname, 'apollo-gateway.main.js'), supergraphFile, String(port)],
        cwd: emptyDir,
        env: { ...env, APOLLO_TELEMETRY_DISABLED: 'true' },
        readyCheck: graphqlReady,
      };
    case 'hive':
    case 'hive-dedup': {
      const config = path.resolve(__dirname, '..', '..', 'config', 'hive-dedup.config.mjs');
      return {
        label:
          name === 'hive'
            ? 'Hive Gateway 2.15.1 (`hive-gateway supergraph`, defaults, no config file, no Hive token)'
            : 'Hive Gateway 2.15.1 (defaults + inboundInflightRequestDeduplication: true, config/hive-dedup.config.mjs)',
        args: [
          hiveBinOf(),
          'supergraph',
          supergraphFile,
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          ...(name === 'hive-dedup' ? ['--config-path', config] : []),
        ],
        cwd: emptyDir,
        env,
        readyCheck: graphqlReady,
      };
    }
  }
}

/** Returns the path of the built egob gateway's entry point (gateway/dist/main.js). */
function gatewayMainOf(): string {
  return path.join(path.dirname(require.resolve('@egob/gateway')), 'main.js');
}

/** Returns the path of the hive-gateway CLI (its package's `bin`). */
function hiveBinOf(): string {
  // Its exports map hides package.json: find the package folder from the main entry (dist/index.cjs).
  const packageDir = path.resolve(path.dirname(require.resolve('@graphql-hive/gateway')), '..');
  const { bin } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return path.join(packageDir, bin['hive-gateway']!);
}

async function waitReady(child: Child, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`${child.name} exited while starting:\n${child.logTail()}`);
    }
    try {
      if (await check()) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${child.name} is not ready after ${timeoutMs / 1000} s:\n${child.logTail()}`);
}

/** Returns a TCP port nothing listens on (bound, then released). */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Returns the first child process of `pid` (a cluster worker), or `pid` itself when it has none. */
function workerPidOf(pid: number): number {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
    return children[0] ?? pid;
  } catch {
    return pid;
  }
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
