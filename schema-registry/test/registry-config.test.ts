import { generateKeyPairSync } from 'node:crypto';
import { loadRegistryConfig } from '../src/config';

describe('loadRegistryConfig', () => {
  const adminKey = 'a'.repeat(32);
  const usageKey = 'u'.repeat(32);

  it('applies the defaults', () => {
    expect(loadRegistryConfig({})).toEqual({
      PORT: 4001,
      HOST: '127.0.0.1',
      DATABASE_URL: 'sqlite:.data/schema-registry.sqlite',
      USAGE_WINDOW_DAYS: 30,
      LINT_SEVERITY: 'warn',
      LOG_LEVEL: 'info',
      EGOB_MODE: 'development',
    });
  });

  it('reads every variable', () => {
    expect(
      loadRegistryConfig({
        PORT: '0',
        HOST: '0.0.0.0',
        DATABASE_URL: 'mysql://registry:secret@db:3306/registry',
        REGISTRY_ADMIN_KEY: adminKey,
        REGISTRY_USAGE_KEY: usageKey,
        USAGE_WINDOW_DAYS: '7',
        LINT_SEVERITY: 'error',
        LOG_LEVEL: 'warn',
        EGOB_MODE: 'test',
      }),
    ).toEqual({
      PORT: 0,
      HOST: '0.0.0.0',
      DATABASE_URL: 'mysql://registry:secret@db:3306/registry',
      REGISTRY_ADMIN_KEY: adminKey,
      REGISTRY_USAGE_KEY: usageKey,
      USAGE_WINDOW_DAYS: 7,
      LINT_SEVERITY: 'error',
      LOG_LEVEL: 'warn',
      EGOB_MODE: 'test',
    });
  });

  it('refuses to start in production without the admin key or the usage key', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const production = { EGOB_MODE: 'production', REGISTRY_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    expect(() => loadRegistryConfig({ ...production, REGISTRY_USAGE_KEY: usageKey })).toThrow(
      'Invalid configuration: REGISTRY_ADMIN_KEY: is required when EGOB_MODE=production (not set)',
    );
    expect(() => loadRegistryConfig({ ...production, REGISTRY_ADMIN_KEY: adminKey })).toThrow(
      'Invalid configuration: REGISTRY_USAGE_KEY: is required when EGOB_MODE=production (not set)',
    );
  });

  it('refuses a short admin key, without printing it', () => {
    expect(() => loadRegistryConfig({ REGISTRY_ADMIN_KEY: 'short' })).toThrow(
      'Invalid configuration: REGISTRY_ADMIN_KEY: must be at least 32 characters (got "…")',
    );
  });

  it('refuses an unknown lint severity and a window out of range', () => {
    expect(() => loadRegistryConfig({ LINT_SEVERITY: 'fatal' })).toThrow('Invalid configuration: LINT_SEVERITY: must be warn or error (got "fatal")');
    expect(() => loadRegistryConfig({ USAGE_WINDOW_DAYS: '0' })).toThrow('Invalid configuration: USAGE_WINDOW_DAYS: must be at least 1 (got "0")');
  });

  it('names a bad variable', () => {
    expect(() => loadRegistryConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(
      'Invalid configuration: DATABASE_URL: must be sqlite:<file> or mysql://user:password@host:port/database (got "postgres://x/y")',
    );
  });
});
