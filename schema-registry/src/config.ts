import { env, loadConfig } from '@egob/config';
import { z } from 'zod';
import { parseSigningKeyPem } from './signing/signing-key';

const schema = z
  .object({
    PORT: env.port(4001),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: env.databaseUrl('sqlite:.data/schema-registry.sqlite'),
    REGISTRY_ADMIN_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    REGISTRY_USAGE_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
    USAGE_WINDOW_DAYS: env.int(30, 1, 3650),
    LINT_SEVERITY: z.enum(['warn', 'error'], { message: 'must be warn or error' }).default('warn'),
    REGISTRY_SIGNING_KEY: z
      .string()
      .refine((pem) => parseSigningKeyPem(pem) !== null, 'must be an Ed25519 private key in PKCS#8 PEM')
      .optional(),
    LOG_LEVEL: env.logLevel(),
    EGOB_MODE: env.mode(),
  })
  .superRefine((value, context) => {
    // A registry in production without keys would let anyone replace the national graph or forge usage.
    if (value.EGOB_MODE !== 'production') return;
    // A generated key changes at every start: gateways configured with the old one would refuse every supergraph.
    if (value.REGISTRY_SIGNING_KEY === undefined) {
      context.addIssue({ code: 'custom', path: ['REGISTRY_SIGNING_KEY'], message: 'is required when EGOB_MODE=production' });
    }
    for (const variable of ['REGISTRY_ADMIN_KEY', 'REGISTRY_USAGE_KEY'] as const) {
      if (value[variable] === undefined) {
        context.addIssue({ code: 'custom', path: [variable], message: 'is required when EGOB_MODE=production' });
      }
    }
  });

/** The registry's parsed configuration (frozen). */
export type RegistryConfig = Readonly<z.infer<typeof schema>>;

/**
 * Returns the registry's configuration parsed from `source`; throws a ConfigError
 * naming the bad variable (REGISTRY_ADMIN_KEY and REGISTRY_USAGE_KEY are required in production).
 */
export function loadRegistryConfig(source: Record<string, string | undefined> = process.env): RegistryConfig {
  return loadConfig(schema, source);
}
