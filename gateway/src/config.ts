import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import { env, loadConfig } from '@egob/config';

const ed25519PrivateKeyPem = z
  .string({ message: 'is required: the Ed25519 PKCS#8 PEM that signs context tokens' })
  // Environment files rarely keep newlines: accept `\n` escapes.
  .transform((value) => value.replace(/\\n/g, '\n').trim())
  .refine(isEd25519PrivateKey, 'must be an Ed25519 private key in PKCS#8 PEM');

const gatewayConfigSchema = z.object({
  PORT: env.port(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  REGISTRY_URL: env.httpUrl('http://127.0.0.1:4001'),
  SUPERGRAPH_CACHE_FILE: z.string().min(1).default('.data/gateway/supergraph.json'),
  REGISTRY_POLL_INTERVAL_MS: env.int(5_000, 100, 3_600_000),
  REGISTRY_TIMEOUT_MS: env.int(5_000, 100, 120_000),
  SUBGRAPH_TIMEOUT_MS: env.int(10_000, 100, 300_000),
  CONTEXT_TOKEN_PRIVATE_KEY: ed25519PrivateKeyPem,
  LOG_LEVEL: env.logLevel(),
  EGOB_MODE: env.mode(),
});

/** The gateway's parsed, frozen configuration. */
export type GatewayConfig = Readonly<z.infer<typeof gatewayConfigSchema>>;

/** Returns the gateway configuration parsed from `source`; throws a one-line ConfigError naming the bad variable. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(gatewayConfigSchema, source);
}

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}
