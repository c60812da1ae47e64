import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigError, env, loadConfig } from '@egob/config';

/** Development-only secrets of the seeded service clients (documented in the README). */
export const DEV_SERVICE_CLIENT_SECRETS = 'svc-education=dev-svc-education-secret,svc-health=dev-svc-health-secret,svc-labor=dev-svc-labor-secret,svc-audit=dev-svc-audit-secret';

/** Identity's own settings (login, keys, service clients), parsed once. */
export interface IdentityConfig {
  /** Public base URL of identity: the tokens' `iss`. */
  issuer: string;
  /** 32-byte AES-256-GCM key that encrypts the signing keys at rest. */
  keyEncryptionKey: Buffer;
  /** Secret of each confidential service client, by client id. */
  serviceClientSecrets: Readonly<Record<string, string>>;
  /** Where the portal's login callback is (the seeded `egob-portal` client's redirect URI). */
  portalRedirectUri: string;
}

/**
 * Parses identity's variables from `source` (`mode` from the kit's config): throws a ConfigError
 * naming the bad variable; in production IDENTITY_KEY_ENCRYPTION_KEY and IDENTITY_SERVICE_CLIENT_SECRETS are required.
 */
export function loadIdentityConfig(mode: string, source: Record<string, string | undefined> = process.env): IdentityConfig {
  const parsed = loadConfig(
    z.object({
      IDENTITY_ISSUER: env.httpUrl('http://127.0.0.1:4100'),
      IDENTITY_KEY_ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
      IDENTITY_SERVICE_CLIENT_SECRETS: z
        .string()
        .regex(/^[a-z][a-z0-9-]*=[^,=\s]{16,}(,[a-z][a-z0-9-]*=[^,=\s]{16,})*$/, 'must be <client_id>=<secret of 16+ characters>, separated by commas')
        .optional(),
      IDENTITY_PORTAL_REDIRECT_URI: env.httpUrl('http://127.0.0.1:4002/auth/callback'),
    }),
    source,
  );
  if (mode === 'production') {
    for (const variable of ['IDENTITY_KEY_ENCRYPTION_KEY', 'IDENTITY_SERVICE_CLIENT_SECRETS'] as const) {
      if (!parsed[variable]) throw new ConfigError(`Invalid configuration: ${variable}: is required in production (not set)`, variable);
    }
  }
  const secrets: Record<string, string> = {};
  for (const pair of (parsed.IDENTITY_SERVICE_CLIENT_SECRETS ?? DEV_SERVICE_CLIENT_SECRETS).split(',')) {
    const at = pair.indexOf('=');
    secrets[pair.slice(0, at)] = pair.slice(at + 1);
  }
  // The variable holds a passphrase of 32+ characters; SHA-256 turns it into exactly 32 key bytes.
  const passphrase = parsed.IDENTITY_KEY_ENCRYPTION_KEY ?? 'egob-identity-development-only-key-encryption-key';
  return Object.freeze({
    issuer: parsed.IDENTITY_ISSUER,
    keyEncryptionKey: createHash('sha256').update(passphrase).digest(),
    serviceClientSecrets: Object.freeze(secrets),
    portalRedirectUri: parsed.IDENTITY_PORTAL_REDIRECT_URI,
  });
}
