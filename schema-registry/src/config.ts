import { env, loadConfig } from '@egob/config';
import { z } from 'zod';

const schema = z
  .object({
    PORT: env.port(4001),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: env.databaseUrl('sqlite:.data/schema-registry.sqlite'),
    REGISTRY_PUBLISH_TOKEN: z.string().min(1).optional(),
    LOG_LEVEL: env.logLevel(),
    EGOB_MODE: env.mode(),
  })
  .superRefine((value, context) => {
    // A registry in production without a token would let anyone replace the national graph.
    if (value.EGOB_MODE === 'production' && value.REGISTRY_PUBLISH_TOKEN === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['REGISTRY_PUBLISH_TOKEN'],
        message: 'is required when EGOB_MODE=production',
      });
    } else if (value.EGOB_MODE === 'production' && (value.REGISTRY_PUBLISH_TOKEN ?? '').length < 16) {
      context.addIssue({
        code: 'custom',
        path: ['REGISTRY_PUBLISH_TOKEN'],
        message: 'must be at least 16 characters when EGOB_MODE=production',
      });
    }
  });

/** The registry's parsed configuration (frozen). */
export type RegistryConfig = Readonly<z.infer<typeof schema>>;

/**
 * Returns the registry's configuration parsed from `source`; throws a ConfigError
 * naming the bad variable (REGISTRY_PUBLISH_TOKEN is required in production).
 */
export function loadRegistryConfig(source: Record<string, string | undefined> = process.env): RegistryConfig {
  return loadConfig(schema, source);
}
