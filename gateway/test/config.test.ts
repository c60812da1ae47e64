import { availableParallelism, hostname } from 'node:os';
import { ConfigError } from '@egob/config';
import { generateContextKeyPair, type ContextKeyPair } from '@egob/context-token';
import { generateKeyPairSync } from 'node:crypto';
import { loadGatewayConfig } from '../src';
import { createSupergraphSigner, type SupergraphSigner } from './helpers/supergraph-signer';

describe('loadGatewayConfig', () => {
  let keys: ContextKeyPair;
  let registryKey: SupergraphSigner;
  let required: Record<string, string>;

  beforeAll(async () => {
    keys = await generateContextKeyPair();
    registryKey = createSupergraphSigner();
    required = { CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem, REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem };
  });

  it('applies the documented defaults', () => {
    expect(loadGatewayConfig(required)).toEqual({
      PORT: 4000,
      HOST: '127.0.0.1',
      GATEWAY_ID: `${hostname()}-${process.pid}`,
      REGISTRY_URL: 'http://127.0.0.1:4001',
      REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem.trim(),
      SUPERGRAPH_VARIANT: 'main',
      SUPERGRAPH_CACHE_FILE: '.data/gateway/supergraph.json',
      REGISTRY_LONG_POLL_SECONDS: 25,
      REGISTRY_POLL_INTERVAL_MS: 5000,
      REGISTRY_TIMEOUT_MS: 5000,
      USAGE_REPORTING: true,
      USAGE_FLUSH_INTERVAL_MS: 10000,
      SUBGRAPH_TIMEOUT_MS: 10000,
      CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.trim(),
      IDENTITY_ISSUER: 'http://127.0.0.1:4100',
      IDENTITY_JWKS_URL: 'http://127.0.0.1:4100/oauth/jwks',
      MAX_DEPTH: 12,
      MAX_ALIASES: 15,
      MAX_TOKENS: 2000,
      MAX_COST: 5000,
      MAX_DIRECTIVES: 50,
      RATE_LIMIT_PER_MINUTE_USER: 600,
      RATE_LIMIT_PER_MINUTE_ANONYMOUS: 120,
      GATEWAY_WORKERS: 1,
      GATEWAY_SEMI_SPACE_MB: 0,
      DOCUMENT_CACHE_SIZE: 1000,
      QUERY_PLAN_CACHE_SIZE: 1000,
      DEDUP: true,
      SUBGRAPH_MAX_CONNECTIONS: 128,
      LOG_LEVEL: 'info',
      EGOB_MODE: 'development',
    });
  });

  it('gives the serving process a 64 MB semi-space in production and the V8 default otherwise, unless GATEWAY_SEMI_SPACE_MB says', () => {
    const production = { ...required, EGOB_MODE: 'production', USAGE_REPORTING: 'false' };
    expect(loadGatewayConfig(production).GATEWAY_SEMI_SPACE_MB).toBe(64);
    expect(loadGatewayConfig({ ...production, GATEWAY_SEMI_SPACE_MB: '0' }).GATEWAY_SEMI_SPACE_MB).toBe(0);
    expect(loadGatewayConfig({ ...required, EGOB_MODE: 'test' }).GATEWAY_SEMI_SPACE_MB).toBe(0);
    expect(loadGatewayConfig({ ...required, GATEWAY_SEMI_SPACE_MB: '32' }).GATEWAY_SEMI_SPACE_MB).toBe(32);
    expect(() => loadGatewayConfig({ ...required, GATEWAY_SEMI_SPACE_MB: '4096' })).toThrow('GATEWAY_SEMI_SPACE_MB: must be at most 1024');
  });

  it('runs one worker per core in production and one otherwise, unless GATEWAY_WORKERS says', () => {
    const production = { ...required, EGOB_MODE: 'production', USAGE_REPORTING: 'false' };
    expect(loadGatewayConfig(production).GATEWAY_WORKERS).toBe(availableParallelism());
    expect(loadGatewayConfig({ ...production, GATEWAY_WORKERS: '3' }).GATEWAY_WORKERS).toBe(3);
    expect(loadGatewayConfig({ ...required, EGOB_MODE: 'test' }).GATEWAY_WORKERS).toBe(1);
    expect(loadGatewayConfig({ ...required, GATEWAY_WORKERS: '2' }).GATEWAY_WORKERS).toBe(2);
    expect(() => loadGatewayConfig({ ...required, GATEWAY_WORKERS: '-1' })).toThrow('GATEWAY_WORKERS: must be at least 0');
    expect(() => loadGatewayConfig({ ...required, METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN: must be at least 16 characters');
  });

  it('puts the JWKS under the issuer unless IDENTITY_JWKS_URL says otherwise, and checks REDIS_URL', () => {
    const config = loadGatewayConfig({ ...required, IDENTITY_ISSUER: 'https://id.egob.bo/' });
    expect(config.IDENTITY_ISSUER).toBe('https://id.egob.bo');
    expect(config.IDENTITY_JWKS_URL).toBe('https://id.egob.bo/oauth/jwks');
    expect(loadGatewayConfig({ ...required, IDENTITY_JWKS_URL: 'http://identity.internal:4100/keys' }).IDENTITY_JWKS_URL).toBe(
      'http://identity.internal:4100/keys',
    );
    expect(loadGatewayConfig({ ...required, REDIS_URL: 'redis://127.0.0.1:6379' }).REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(() => loadGatewayConfig({ ...required, REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      'REDIS_URL: must be a redis:// or rediss:// URL',
    );
    expect(() => loadGatewayConfig({ ...required, MAX_DEPTH: '0' })).toThrow('MAX_DEPTH: must be at least 1');
  });

  it('accepts keys on one line with \\n escapes and strips a trailing slash from the registry URL', () => {
    const second = createSupergraphSigner();
    const config = loadGatewayConfig({
      CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.replace(/\n/g, '\\n'),
      REGISTRY_SIGNING_PUBLIC_KEYS: `${registryKey.publicKeyPem}${second.publicKeyPem}`.replace(/\n/g, '\\n'),
      REGISTRY_URL: 'http://registry.egob.internal:4001/',
      PORT: '0',
    });
    expect(config.CONTEXT_TOKEN_PRIVATE_KEY).toBe(keys.privateKeyPem.trim());
    expect(config.REGISTRY_SIGNING_PUBLIC_KEYS).toBe(`${registryKey.publicKeyPem}${second.publicKeyPem}`.trim());
    expect(config.REGISTRY_URL).toBe('http://registry.egob.internal:4001');
    expect(config.PORT).toBe(0);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses to start without the context signing key, in one line naming the variable', () => {
    expect(() => loadGatewayConfig({ REGISTRY_SIGNING_PUBLIC_KEYS: registryKey.publicKeyPem })).toThrow(
      new ConfigError(
        'Invalid configuration: CONTEXT_TOKEN_PRIVATE_KEY: is required: the Ed25519 PKCS#8 PEM that signs context tokens (not set)',
        'CONTEXT_TOKEN_PRIVATE_KEY',
      ),
    );
  });

  it("refuses to start without the registry's public key, in one line naming the variable", () => {
    expect(() => loadGatewayConfig({ CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem })).toThrow(
      new ConfigError(
        "Invalid configuration: REGISTRY_SIGNING_PUBLIC_KEYS: is required: the registry's Ed25519 public key(s), SPKI PEM, that verify supergraphs (not set)",
        'REGISTRY_SIGNING_PUBLIC_KEYS',
      ),
    );
  });

  it('refuses registry keys that are not Ed25519 SPKI public keys, without printing them', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const privatePem = registryKey.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    for (const value of [rsa, privatePem, 'not a key', `${registryKey.publicKeyPem}${rsa}`]) {
      expect(() => loadGatewayConfig({ ...required, REGISTRY_SIGNING_PUBLIC_KEYS: value })).toThrow(
        'Invalid configuration: REGISTRY_SIGNING_PUBLIC_KEYS: must be one or more Ed25519 public keys in SPKI PEM (got "…")',
      );
    }
  });

  it('refuses a context key that is not an Ed25519 private key, without printing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    for (const value of [rsa, keys.publicKeyPem, 'not a key']) {
      expect(() => loadGatewayConfig({ ...required, CONTEXT_TOKEN_PRIVATE_KEY: value })).toThrow(
        'Invalid configuration: CONTEXT_TOKEN_PRIVATE_KEY: must be an Ed25519 private key in PKCS#8 PEM (got "…")',
      );
    }
  });

  it('takes the public variant, long-poll off, usage off, and names a bad variant or wait', () => {
    const config = loadGatewayConfig({
      ...required,
      SUPERGRAPH_VARIANT: 'public',
      REGISTRY_LONG_POLL_SECONDS: '0',
      USAGE_REPORTING: 'false',
      GATEWAY_ID: 'gw-1',
    });
    expect(config).toMatchObject({ SUPERGRAPH_VARIANT: 'public', REGISTRY_LONG_POLL_SECONDS: 0, USAGE_REPORTING: false, GATEWAY_ID: 'gw-1' });
    expect(() => loadGatewayConfig({ ...required, SUPERGRAPH_VARIANT: 'internal' })).toThrow(
      'Invalid configuration: SUPERGRAPH_VARIANT: must be main or public (got "internal")',
    );
    expect(() => loadGatewayConfig({ ...required, REGISTRY_LONG_POLL_SECONDS: '31' })).toThrow(
      'Invalid configuration: REGISTRY_LONG_POLL_SECONDS: must be at most 30 (got "31")',
    );
    expect(() => loadGatewayConfig({ ...required, GATEWAY_ID: 'gw 1' })).toThrow(
      'Invalid configuration: GATEWAY_ID: must be printable ASCII without spaces (got "gw 1")',
    );
  });

  it('requires the usage key in production unless usage reporting is off', () => {
    expect(() => loadGatewayConfig({ ...required, EGOB_MODE: 'production' })).toThrow(
      new ConfigError(
        'Invalid configuration: REGISTRY_USAGE_KEY: is required when EGOB_MODE=production (or set USAGE_REPORTING=false) (not set)',
        'REGISTRY_USAGE_KEY',
      ),
    );
    expect(loadGatewayConfig({ ...required, EGOB_MODE: 'production', REGISTRY_USAGE_KEY: 'k'.repeat(40) }).REGISTRY_USAGE_KEY).toBe('k'.repeat(40));
    expect(loadGatewayConfig({ ...required, EGOB_MODE: 'production', USAGE_REPORTING: 'false' }).REGISTRY_USAGE_KEY).toBeUndefined();
  });

  it('names a bad number', () => {
    expect(() => loadGatewayConfig({ ...required, SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(
      'Invalid configuration: SUBGRAPH_TIMEOUT_MS: must be a number (got "soon")',
    );
  });
});
