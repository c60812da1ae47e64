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

  it('defaults the audit forwarder and parses the audit subgraph\'s per-source keys', () => {
    const config = loadSubgraphConfig('health', 4104, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem' });
    expect([config.AUDIT_INGEST_URL, config.AUDIT_INGEST_KEY, config.AUDIT_FORWARD, config.AUDIT_FORWARD_INTERVAL_MS, config.AUDIT_INGEST_KEYS]).toEqual([
      'http://127.0.0.1:4102/ingest',
      undefined,
      true,
      1000,
      null,
    ]);
    const audit = loadSubgraphConfig('audit', 4102, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem', AUDIT_INGEST_KEYS: 'identity=aaaaaaaaaaaaaaaa1,health=bbbbbbbbbbbbbbbb2' });
    expect(audit.AUDIT_INGEST_KEYS).toEqual({ identity: 'aaaaaaaaaaaaaaaa1', health: 'bbbbbbbbbbbbbbbb2' });
    expect(() => loadSubgraphConfig('audit', 4102, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem', AUDIT_INGEST_KEYS: 'identity' })).toThrow(/^Invalid configuration: AUDIT_INGEST_KEYS: /);
    expect(() => loadSubgraphConfig('health', 4104, { CONTEXT_TOKEN_PUBLIC_KEYS: 'pem', AUDIT_FORWARD_INTERVAL_MS: '1' })).toThrow(/^Invalid configuration: AUDIT_FORWARD_INTERVAL_MS: /);
  });
});
