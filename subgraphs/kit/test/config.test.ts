import { loadSubgraphConfig } from '@egob/subgraph-kit';

describe('subgraph config', () => {
  it('defaults the database to a SQLite file named after the subgraph', () => {
    const config = loadSubgraphConfig('health', 4104, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem' });
    expect(config.DATABASE_URL).toBe('sqlite:.data/health.sqlite');
    expect(config.PORT).toBe(4104);
    expect(config.REGISTRY_URL).toBe('http://127.0.0.1:4001');
  });

  it('requires the gateway public key, and a publish token in production', () => {
    expect(() => loadSubgraphConfig('health', 4104, {})).toThrow(/^Invalid configuration: CONTEXT_TOKEN_PUBLIC_KEYS: .*\(not set\)$/);
    expect(() => loadSubgraphConfig('health', 4104, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem', EGOB_MODE: 'production' })).toThrow(
      'Invalid configuration: REGISTRY_PUBLISH_TOKEN: is required in production (not set)',
    );
    expect(() => loadSubgraphConfig('health', 4104, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem', DATABASE_URL: 'oracle://x' })).toThrow(/^Invalid configuration: DATABASE_URL: /);
  });
});
