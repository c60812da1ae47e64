import { ConfigError } from '@egob/config';
import { generateContextKeyPair, type ContextKeyPair } from '@egob/context-token';
import { generateKeyPairSync } from 'node:crypto';
import { loadGatewayConfig } from '../src';

describe('loadGatewayConfig', () => {
  let keys: ContextKeyPair;

  beforeAll(async () => {
    keys = await generateContextKeyPair();
  });

  it('applies the documented defaults', () => {
    expect(loadGatewayConfig({ CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem })).toEqual({
      PORT: 4000,
      HOST: '127.0.0.1',
      REGISTRY_URL: 'http://127.0.0.1:4001',
      SUPERGRAPH_CACHE_FILE: '.data/gateway/supergraph.json',
      REGISTRY_POLL_INTERVAL_MS: 5000,
      REGISTRY_TIMEOUT_MS: 5000,
      SUBGRAPH_TIMEOUT_MS: 10000,
      CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.trim(),
      LOG_LEVEL: 'info',
      EGOB_MODE: 'development',
    });
  });

  it('accepts the key on one line with \\n escapes and strips a trailing slash from the registry URL', () => {
    const config = loadGatewayConfig({
      CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem.replace(/\n/g, '\\n'),
      REGISTRY_URL: 'http://registry.egob.internal:4001/',
      PORT: '0',
    });
    expect(config.CONTEXT_TOKEN_PRIVATE_KEY).toBe(keys.privateKeyPem.trim());
    expect(config.REGISTRY_URL).toBe('http://registry.egob.internal:4001');
    expect(config.PORT).toBe(0);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses to start without the signing key, in one line naming the variable', () => {
    expect(() => loadGatewayConfig({})).toThrow(
      new ConfigError(
        'Invalid configuration: CONTEXT_TOKEN_PRIVATE_KEY: is required: the Ed25519 PKCS#8 PEM that signs context tokens (not set)',
        'CONTEXT_TOKEN_PRIVATE_KEY',
      ),
    );
  });

  it('refuses a key that is not an Ed25519 private key, without printing it', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    for (const value of [rsa, keys.publicKeyPem, 'not a key']) {
      expect(() => loadGatewayConfig({ CONTEXT_TOKEN_PRIVATE_KEY: value })).toThrow(
        'Invalid configuration: CONTEXT_TOKEN_PRIVATE_KEY: must be an Ed25519 private key in PKCS#8 PEM (got "…")',
      );
    }
  });

  it('names a bad number', () => {
    expect(() => loadGatewayConfig({ CONTEXT_TOKEN_PRIVATE_KEY: keys.privateKeyPem, SUBGRAPH_TIMEOUT_MS: 'soon' })).toThrow(
      'Invalid configuration: SUBGRAPH_TIMEOUT_MS: must be a number (got "soon")',
    );
  });
});
