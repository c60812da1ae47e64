import { createPrivateKey } from 'node:crypto';
import { availableParallelism, hostname } from 'node:os';
import { z } from 'zod';
import { env, loadConfig } from '@egob/config';
import { SUPERGRAPH_VARIANTS } from './supergraph/signed-supergraph';
import { normalizePemList, readSigningPublicKeys } from './supergraph/signing-public-keys';

const ed25519PrivateKeyPem = z
  .string({ message: 'is required: the Ed25519 PKCS#8 PEM that signs context tokens' })
  // Environment files rarely keep newlines: accept `\n` escapes.
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .refine(isEd25519PrivateKey, 'must be an Ed25519 private key in PKCS#8 PEM');

const signingPublicKeysPem = z
  .string({ message: "is required: the registry's Ed25519 public key(s), SPKI PEM, that verify supergraphs" })
  .transform(normalizePemList)
  .refine(areSigningPublicKeys, 'must be one or more Ed25519 public keys in SPKI PEM');

const gatewayConfigSchema = z
  .object({
    PORT: env.port(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_ID: z
      .string()
      .max(100, 'must be at most 100 characters')
      .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
      .default(`${hostname()}-${process.pid}`),
    REGISTRY_URL: env.httpUrl('http://127.0.0.1:4001'),
    SUPERGRAPH_VARIANT: z.enum(SUPERGRAPH_VARIANTS, { message: 'must be main or public' }).default('main'),
    SUPERGRAPH_CACHE_FILE: z.string().min(1).default('.data/gateway/supergraph.json'),
    REGISTRY_LONG_POLL_SECONDS: env.int(25, 0, 30),
    REGISTRY_POLL_INTERVAL_MS: env.int(5_000, 100, 3_600_000),
    REGISTRY_TIMEOUT_MS: env.int(5_000, 100, 120_000),
    USAGE_REPORTING: env.flag(true),
    REGISTRY_USAGE_KEY: z.string().min(1).optional(),
    USAGE_FLUSH_INTERVAL_MS: env.int(10_000, 100, 3_600_000),
    SUBGRAPH_TIMEOUT_MS: env.int(10_000, 100, 300_000),
    CONTEXT_TOKEN_PRIVATE_KEY: ed25519PrivateKeyPem,
    REGISTRY_SIGNING_PUBLIC_KEYS: signingPublicKeysPem,
    IDENTITY_ISSUER: env.httpUrl('http://127.0.0.1:4100'),
    IDENTITY_JWKS_URL: env.httpUrl().optional(),
    MAX_DEPTH: env.int(12, 1, 100),
    MAX_ALIASES: env.int(15, 0, 1_000),
    MAX_TOKENS: env.int(2_000, 10, 100_000),
    MAX_COST: env.int(5_000, 1, 1_000_000),
    MAX_DIRECTIVES: env.int(50, 0, 1_000),
    TRUSTED_DOCUMENTS_FILE: z.string().min(1).optional(),
    RATE_LIMIT_PER_MINUTE_USER: env.int(600, 1, 1_000_000),
    RATE_LIMIT_PER_MINUTE_ANONYMOUS: env.int(120, 1, 1_000_000),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
      .optional(),
    // 0: one per core in production, 1 otherwise (resolved in loadGatewayConfig).
    GATEWAY_WORKERS: env.int(0, 0, 256),
    // Young generation of the serving process, in MB per semi-space: -1 is 64 in production and V8's own otherwise; 0 is V8's own.
    GATEWAY_SEMI_SPACE_MB: env.int(-1, -1, 1_024),
    DOCUMENT_CACHE_SIZE: env.int(1_000, 1, 1_000_000),
    QUERY_PLAN_CACHE_SIZE: env.int(1_000, 1, 1_000_000),
    DEDUP: env.flag(true),
    SUBGRAPH_MAX_CONNECTIONS: env.int(128, 1, 10_000),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    LOG_LEVEL: env.logLevel(),
    EGOB_MODE: env.mode(),
  })
  .superRefine((value, context) => {
    // In production the registry takes usage only with its key: without it every report would be lost.
    if (value.EGOB_MODE === 'production' && value.USAGE_REPORTING && value.REGISTRY_USAGE_KEY === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['REGISTRY_USAGE_KEY'],
        message: 'is required when EGOB_MODE=production (or set USAGE_REPORTING=false)',
      });
    }
  });

/**
 * Semi-space of the serving process in production. A gateway allocates a great deal
 * that dies young (parsed subgraph answers, merged results, JSON): V8's default young
 * generation collects it so often that scavenges took ~18 % of a core under the rig's
 * load; 64 MB gave ~25 % more requests a second for ~100 MB more RSS (README, bench).
 */
export const PRODUCTION_SEMI_SPACE_MB = 64;

/** The gateway's parsed, frozen configuration. */
export type GatewayConfig = Readonly<Omit<z.infer<typeof gatewayConfigSchema>, 'IDENTITY_JWKS_URL'> & { IDENTITY_JWKS_URL: string }>;

/** Returns the gateway configuration parsed from `source`; throws a one-line ConfigError naming the bad variable. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = loadConfig(gatewayConfigSchema, source);
  // The contract puts the JWKS under the issuer: only a split deployment needs to say otherwise.
  return Object.freeze({
    ...parsed,
    IDENTITY_JWKS_URL: parsed.IDENTITY_JWKS_URL ?? `${parsed.IDENTITY_ISSUER}/oauth/jwks`,
    GATEWAY_WORKERS: parsed.GATEWAY_WORKERS !== 0 ? parsed.GATEWAY_WORKERS : parsed.EGOB_MODE === 'production' ? availableParallelism() : 1,
    GATEWAY_SEMI_SPACE_MB:
      parsed.GATEWAY_SEMI_SPACE_MB !== -1 ? parsed.GATEWAY_SEMI_SPACE_MB : parsed.EGOB_MODE === 'production' ? PRODUCTION_SEMI_SPACE_MB : 0,
  });
}

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

function areSigningPublicKeys(pems: string): boolean {
  try {
    return readSigningPublicKeys(pems).length > 0;
  } catch {
    return false;
  }
}
