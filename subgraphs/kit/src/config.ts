import { z } from 'zod';
import { env, loadConfig } from '@egob/config';

/** Parsed configuration of one subgraph process. */
export type SubgraphConfig = ReturnType<typeof loadSubgraphConfig>;

/**
 * Parses a subgraph's environment (the same variables for every subgraph; defaults
 * depend on its name and port). Throws a ConfigError naming the bad variable.
 */
export function loadSubgraphConfig(name: string, defaultPort: number, source: Record<string, string | undefined> = process.env) {
  const config = loadConfig(
    z.object({
      PORT: env.port(defaultPort),
      HOST: z.string().min(1).default('127.0.0.1'),
      /** URL the gateway uses to reach this subgraph; defaults to http://HOST:PORT/graphql. */
      PUBLIC_URL: env.httpUrl().optional(),
      DATABASE_URL: env.databaseUrl(`sqlite:.data/${name}.sqlite`),
      REGISTRY_URL: env.httpUrl('http://127.0.0.1:4001'),
      REGISTRY_PUBLISH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
      /** Publish the SDL to the registry at start (off for isolated runs). */
      REGISTRY_PUBLISH: env.flag(true),
      CONTEXT_TOKEN_PUBLIC_KEYS: z.string({ message: 'is required: the gateway public key(s), PEM' }).min(1, 'is required'),
      SEED_ON_START: env.flag(true),
      SEED_CITIZENS: env.int(500, 1, 10_000_000),
      /** The audit subgraph's ingestion endpoint, where the forwarder delivers the outbox. */
      AUDIT_INGEST_URL: env.httpUrl('http://127.0.0.1:4102/ingest'),
      /** This subgraph's key at the audit subgraph (required in production when it serves personal data). */
      AUDIT_INGEST_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
      /** Forward the audit outbox in the background (off: only app.flushAudit() forwards). */
      AUDIT_FORWARD: env.flag(true),
      /** The gateway, for calls to other entities' data (inter-entity exchange goes through it). */
      GATEWAY_URL: env.httpUrl('http://127.0.0.1:4000/graphql'),
      /** identity's token endpoint, for this subgraph's service account (client credentials). */
      IDENTITY_TOKEN_URL: env.httpUrl('http://127.0.0.1:4100/oauth/token'),
      SERVICE_CLIENT_ID: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, 'must be an OAuth client id like svc-education').optional(),
      SERVICE_CLIENT_SECRET: z.string().min(8, 'must be at least 8 characters').optional(),
      /** How long a consent answer is reused (0: ask every time). */
      CONSENT_CACHE_SECONDS: env.int(30, 0, 3600),
      AUDIT_FORWARD_INTERVAL_MS: env.int(1000, 10, 3_600_000),
      /** Read by the audit subgraph only: each source's ingestion key, `identity=<key>,health=<key>`. */
      AUDIT_INGEST_KEYS: z
        .string()
        .regex(/^[a-z][a-z0-9-]*=[^,=\s]{16,}(,[a-z][a-z0-9-]*=[^,=\s]{16,})*$/, 'must be <subgraph>=<key of 16+ characters>, separated by commas')
        .optional()
        .transform((value) => (value === undefined ? null : parseIngestKeys(value))),
      LOG_LEVEL: env.logLevel(),
      EGOB_MODE: env.mode(),
    }),
    source,
  );
  if (config.EGOB_MODE === 'production' && config.REGISTRY_PUBLISH && !config.REGISTRY_PUBLISH_TOKEN) {
    throw new Error('Invalid configuration: REGISTRY_PUBLISH_TOKEN: is required in production (not set)');
  }
  return config;
}

/** Parses `identity=<key>,health=<key>` into a frozen map (already checked by the config's pattern). */
function parseIngestKeys(value: string): Readonly<Record<string, string>> {
  const keys: Record<string, string> = {};
  for (const pair of value.split(',')) {
    const at = pair.indexOf('=');
    keys[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return Object.freeze(keys);
}
