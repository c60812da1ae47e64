import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import audit from '@egob/audit';
import education from '@egob/education';
import entities from '@egob/entities';
import health from '@egob/health';
import justice from '@egob/justice';
import labor from '@egob/labor';
import { createGatewayApp, loadGatewayConfig, type GatewayApp } from '@egob/gateway';
import identity from '@egob/identity';
import { createSilentLogger } from '@egob/logger';
import { createRegistryApp, loadRegistryConfig, type RegistryApp } from '@egob/schema-registry';
import type { SubgraphApp } from '@egob/subgraph-kit';
import { randomBytes } from 'node:crypto';
import { generateContextKeyPair, type ContextKeyPair } from '@egob/context-token';
import { createTestDatabase, createTestKeys, login, type TestDatabase, type TestKeys } from '@egob/test-kit';

/** A whole federation on free ports: registry, identity, entities and a gateway, each on its own fresh database. */
export interface FederationStack {
  keys: TestKeys;
  /** The registry's supergraph-signing key pair (gateways get the public key). */
  signing: ContextKeyPair;
  /** Set when the stack is `secured`: the registry's admin and usage keys and AGETIC's publish key. */
  adminKey: string | null;
  usageKey: string | null;
  publishKey: string | null;
  registry: RegistryApp;
  registryUrl: string;
  identity: SubgraphApp<unknown>;
  /** The audit subgraph, when `withAudit`. */
  audit: SubgraphApp<unknown> | null;
  entities: SubgraphApp<unknown>;
  /** The citizen-rights subgraphs (health, education, justice, labor), when `citizenRights`. */
  rights: CitizenRightsApps | null;
  gateway: GatewayApp;
  gatewayUrl: string;
  cacheFile: string;
  /** Starts another gateway on the same cache file (and the given registry URL; extra env such as SUPERGRAPH_VARIANT). */
  startGateway(registryUrl: string, env?: Record<string, string>): Promise<{ app: GatewayApp; url: string }>;
  /** Identity's origin (its OAuth endpoints). */
  identityOrigin: string;
  /** Logs a demo person in (see DEMO_LOGINS) and returns a bearer token. */
  login(ci: string): Promise<string>;
  /** POSTs a GraphQL request to the gateway (anonymous unless `headers` carry a token). */
  query(query: string, variables?: Record<string, unknown>, url?: string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stopRegistry(): Promise<void>;
  stop(): Promise<void>;
}

/** The issuer of user tokens in test stacks (identity's port is only known once it listens). */
const IDENTITY_ISSUER = 'http://identity.egob.test';

/** Options of startFederationStack. */
export interface FederationStackOptions {
  /** Demo citizens seeded in identity. */
  citizens?: number;
  /** Registry with an admin key, a usage key and per-entity publish keys (else open development mode). */
  secured?: boolean;
  /** Also run the audit subgraph; identity's outbox is flushed to it by `identity.flushAudit()`. */
  withAudit?: boolean;
  /** Extra environment of the first gateway. */
  gatewayEnv?: Record<string, string>;
  /**
   * Also run health, education, justice and labor (seeded with the same demo citizens), with
   * their service accounts so that they reach the graph through the gateway (consent answers
   * are not cached: CONSENT_CACHE_SECONDS=0).
   */
  citizenRights?: boolean;
}

/** The citizen-rights subgraphs of a stack. */
export interface CitizenRightsApps {
  health: SubgraphApp<unknown>;
  education: SubgraphApp<unknown>;
  justice: SubgraphApp<unknown>;
  labor: SubgraphApp<unknown>;
}

/** Service accounts of the citizen-rights subgraphs in test stacks (identity reads the secrets from the process environment). */
const SERVICE_ACCOUNTS: Record<string, { clientId: string; secret: string }> = {
  health: { clientId: 'svc-health', secret: 'test-svc-health-secret' },
  education: { clientId: 'svc-education', secret: 'test-svc-education-secret' },
  labor: { clientId: 'svc-labor', secret: 'test-svc-labor-secret' },
};

/** Starts the stack on fresh databases. */
export async function startFederationStack(label: string, options: FederationStackOptions = {}): Promise<FederationStack> {
  const { citizens = 150, secured = false } = options;
  const keys = await createTestKeys();
  const signing = await generateContextKeyPair();
  const adminKey = secured ? randomBytes(32).toString('hex') : null;
  const usageKey = secured ? randomBytes(32).toString('hex') : null;
  const databases: TestDatabase[] = [];
  const database = async (name: string) => {
    const db = await createTestDatabase(`${label}_${name}`);
    databases.push(db);
    return db.url;
  };
  const logger = createSilentLogger();
  const registry = await createRegistryApp(
    loadRegistryConfig({
      PORT: '0',
      DATABASE_URL: await database('registry'),
      REGISTRY_SIGNING_KEY: signing.privateKeyPem,
      ...(adminKey && usageKey ? { REGISTRY_ADMIN_KEY: adminKey, REGISTRY_USAGE_KEY: usageKey } : {}),
    }),
    { logger },
  );
  const registryUrl = (await registry.start()).url;
  let registryStopped = false;
  const publishKey = adminKey ? await createPublishKey(registryUrl, adminKey, 'AGETIC') : null;

  const subgraphEnv = async (name: string) => ({
    PORT: '0',
    DATABASE_URL: await database(name),
    CONTEXT_TOKEN_PUBLIC_KEYS: keys.publicKeyPem,
    REGISTRY_URL: registryUrl,
    // Forwarding is manual in tests (app.flushAudit()): SQL counts stay deterministic.
    AUDIT_FORWARD: 'false',
    ...(publishKey ? { REGISTRY_PUBLISH_TOKEN: publishKey } : {}),
  });
  const auditApp = options.withAudit ? await audit.createApp(audit.loadConfig(await subgraphEnv('audit')), logger) : null;
  const auditIngestUrl = auditApp ? `${(await auditApp.start()).url}/ingest` : null;
  // Identity signs user tokens with this issuer; the gateway checks it and fetches the JWKS
  // from identity's real (free) port. Identity reads it from the process environment.
  process.env.IDENTITY_ISSUER = IDENTITY_ISSUER;
  if (options.citizenRights) {
    process.env.IDENTITY_SERVICE_CLIENT_SECRETS = Object.values(SERVICE_ACCOUNTS)
      .map(({ clientId, secret }) => `${clientId}=${secret}`)
      .join(',');
  }
  const identityApp = await identity.createApp(
    identity.loadConfig({ ...(await subgraphEnv('identity')), ...(auditIngestUrl ? { AUDIT_INGEST_URL: auditIngestUrl } : {}) }),
    logger,
  );
  const entitiesApp = await entities.createApp(entities.loadConfig(await subgraphEnv('entities')), logger);
  await identityApp.seed(citizens);
  await entitiesApp.seed(1);
  const identityOrigin = new URL((await identityApp.start()).url).origin;
  for (const app of [identityApp, entitiesApp, ...(auditApp ? [auditApp] : [])]) {
    if (app === entitiesApp) await app.start();
    const outcome = await app.publish();
    if (!outcome.ok) throw new Error(`publishing ${app.name} failed: ${JSON.stringify(outcome.error)}`);
  }

  const cacheDir = mkdtempSync(path.join(tmpdir(), `egob-${label}-gateway-`));
  const cacheFile = path.join(cacheDir, 'supergraph.json');
  const gateways: GatewayApp[] = [];
  const startGateway = async (url: string, env: Record<string, string> = {}) => {
    const app = createGatewayApp(
      loadGatewayConfig({
        PORT: '0',
        REGISTRY_URL: url,
        SUPERGRAPH_CACHE_FILE: env.SUPERGRAPH_VARIANT === 'public' ? cacheFile.replace(/\.json$/, '.public.json') : cacheFile,
        REGISTRY_POLL_INTERVAL_MS: '100',
        REGISTRY_TIMEOUT_MS: '1000',
        CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem,
        REGISTRY_SIGNING_PUBLIC_KEYS: signing.publicKeyPem,
        IDENTITY_ISSUER,
        IDENTITY_JWKS_URL: `${identityOrigin}/oauth/jwks`,
        USAGE_FLUSH_INTERVAL_MS: '200',
        ...(usageKey ? { REGISTRY_USAGE_KEY: usageKey } : {}),
        ...env,
      }),
      { logger, startRetry: { initialMs: 50, maxMs: 200 }, pollRetry: { initialMs: 50, maxMs: 200 } },
    );
    gateways.push(app);
    const running = await app.start();
    return { app, url: `${running.url}/graphql` };
  };
  const first = await startGateway(registryUrl, options.gatewayEnv);

  // The citizen-rights subgraphs reach other entities through this gateway, so they start after it.
  let rights: CitizenRightsApps | null = null;
  if (options.citizenRights) {
    const start = async (subgraph: typeof health, name: string): Promise<SubgraphApp<unknown>> => {
      const account = SERVICE_ACCOUNTS[name];
      const owner = subgraph.definition.owner;
      const env: Record<string, string> = {
        ...(await subgraphEnv(name)),
        ...(adminKey ? { REGISTRY_PUBLISH_TOKEN: await createPublishKey(registryUrl, adminKey, owner) } : {}),
        GATEWAY_URL: first.url,
        IDENTITY_TOKEN_URL: `${identityOrigin}/oauth/token`,
        CONSENT_CACHE_SECONDS: '0',
        ...(account ? { SERVICE_CLIENT_ID: account.clientId, SERVICE_CLIENT_SECRET: account.secret } : {}),
      };
      const app = (await subgraph.createApp(subgraph.loadConfig(env), logger)) as SubgraphApp<unknown>;
      await app.seed(citizens);
      await app.start();
      return app;
    };
    rights = {
      health: await start(health, 'health'),
      education: await start(education as unknown as typeof health, 'education'),
      justice: await start(justice as unknown as typeof health, 'justice'),
      labor: await start(labor as unknown as typeof health, 'labor'),
    };
    let last: string | null = null;
    for (const app of Object.values(rights)) {
      const outcome = await app.publish();
      if (!outcome.ok) throw new Error(`publishing ${app.name} failed: ${JSON.stringify(outcome.error)}`);
      last = outcome.supergraphId;
    }
    await waitFor(() => first.app.supergraphId() === last, 10_000, 'the gateway to serve the citizen-rights subgraphs');
  }

  return {
    keys,
    signing,
    adminKey,
    usageKey,
    publishKey,
    registry,
    registryUrl,
    identity: identityApp,
    audit: auditApp,
    entities: entitiesApp,
    rights,
    gateway: first.app,
    gatewayUrl: first.url,
    cacheFile,
    startGateway,
    identityOrigin,
    login: (ci) => login(identityOrigin, ci),
    async query(query, variables = {}, url = first.url, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
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
      for (const app of Object.values(rights ?? {})) await app.stop();
      await identityApp.stop();
      await entitiesApp.stop();
      await auditApp?.stop();
      if (!registryStopped) await registry.stop();
      for (const db of databases) await db.drop();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Registers `owner` with the registry's admin key and returns a new publish key of that owner. */
async function createPublishKey(registryUrl: string, adminKey: string, owner: string): Promise<string> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${adminKey}` };
  const ownerResponse = await fetch(`${registryUrl}/owners`, { method: 'POST', headers, body: JSON.stringify({ code: owner, name: owner }) });
  if (ownerResponse.status !== 201) throw new Error(`registering owner ${owner}: HTTP ${ownerResponse.status}`);
  const keyResponse = await fetch(`${registryUrl}/keys`, { method: 'POST', headers, body: JSON.stringify({ owner, description: 'tests' }) });
  if (keyResponse.status !== 201) throw new Error(`creating a key for ${owner}: HTTP ${keyResponse.status}`);
  return ((await keyResponse.json()) as { key: string }).key;
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
