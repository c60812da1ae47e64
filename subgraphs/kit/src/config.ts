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
