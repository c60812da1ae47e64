import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import entities from '@egob/entities';
import { createGatewayApp, loadGatewayConfig, type GatewayApp } from '@egob/gateway';
import identity from '@egob/identity';
import { createSilentLogger } from '@egob/logger';
import { createRegistryApp, loadRegistryConfig, type RegistryApp } from '@egob/schema-registry';
import type { SubgraphApp } from '@egob/subgraph-kit';
import { createTestDatabase, createTestKeys, type TestDatabase, type TestKeys } from '@egob/test-kit';

/** A whole federation on free ports: registry, identity, entities and a gateway, each on its own fresh database. */
export interface FederationStack {
  keys: TestKeys;
  registry: RegistryApp;
  registryUrl: string;
  identity: SubgraphApp<unknown>;
  entities: SubgraphApp<unknown>;
  gateway: GatewayApp;
  gatewayUrl: string;
  cacheFile: string;
  /** Starts another gateway on the same cache file (and the given registry URL). */
  startGateway(registryUrl: string): Promise<{ app: GatewayApp; url: string }>;
  /** POSTs a GraphQL request to the gateway and returns status and body. */
  query(query: string, variables?: Record<string, unknown>, url?: string): Promise<{ status: number; body: any }>;
  stopRegistry(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the stack; `citizens` demo citizens are seeded in identity. */
export async function startFederationStack(label: string, citizens = 150): Promise<FederationStack> {
  const keys = await createTestKeys();
  const databases: TestDatabase[] = [];
  const database = async (name: string) => {
    const db = await createTestDatabase(`${label}_${name}`);
    databases.push(db);
    return db.url;
  };
  const logger = createSilentLogger();
  const registry = await createRegistryApp(loadRegistryConfig({ PORT: '0', DATABASE_URL: await database('registry') }), { logger });
  const registryUrl = (await registry.start()).url;
  let registryStopped = false;

  const subgraphEnv = async (name: string) => ({
    PORT: '0',
    DATABASE_URL: await database(name),
    CONTEXT_TOKEN_PUBLIC_KEYS: keys.publicKeyPem,
    REGISTRY_URL: registryUrl,
  });
  const identityApp = await identity.createApp(identity.loadConfig(await subgraphEnv('identity')), logger);
  const entitiesApp = await entities.createApp(entities.loadConfig(await subgraphEnv('entities')), logger);
  await identityApp.seed(citizens);
  await entitiesApp.seed(1);
  for (const app of [identityApp, entitiesApp]) {
    await app.start();
    const outcome = await app.publish();
    if (!outcome.ok) throw new Error(`publishing ${app.name} failed: ${JSON.stringify(outcome.error)}`);
  }

  const cacheDir = mkdtempSync(path.join(tmpdir(), `egob-${label}-gateway-`));
  const cacheFile = path.join(cacheDir, 'supergraph.json');
  const gateways: GatewayApp[] = [];
  const startGateway = async (url: string) => {
    const app = createGatewayApp(
      loadGatewayConfig({
        PORT: '0',
        REGISTRY_URL: url,
        SUPERGRAPH_CACHE_FILE: cacheFile,
        REGISTRY_POLL_INTERVAL_MS: '100',
        REGISTRY_TIMEOUT_MS: '1000',
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
      }),
      { logger, startRetry: { initialMs: 50, maxMs: 200 } },
    );
    gateways.push(app);
    const running = await app.start();
    return { app, url: `${running.url}/graphql` };
  };
  const first = await startGateway(registryUrl);

  return {
    keys,
    registry,
    registryUrl,
    identity: identityApp,
    entities: entitiesApp,
    gateway: first.app,
    gatewayUrl: first.url,
    cacheFile,
    startGateway,
    async query(query, variables = {}, url = first.url) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: await response.json() };
    },
    async stopRegistry() {
      registryStopped = true;
      await registry.stop();
    },
    async stop() {
      for (const gateway of gateways) await gateway.stop();
      await identityApp.stop();
      await entitiesApp.stop();
      if (!registryStopped) await registry.stop();
      for (const db of databases) await db.drop();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `predicate` holds, polling every 50 ms, or fails after `timeoutMs`. */
export async function waitFor(predicate: () => Promise<boolean> | boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
