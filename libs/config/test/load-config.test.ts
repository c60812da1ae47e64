import { z } from 'zod';
import { ConfigError, env, loadConfig } from '@egob/config';

const schema = z.object({
  PORT: env.port(4000),
  DATABASE_URL: env.databaseUrl('sqlite:.data/x.sqlite'),
  REGISTRY_URL: env.httpUrl('http://127.0.0.1:4001'),
  DEBUG: env.flag(false),
});

describe('loadConfig', () => {
  it('applies defaults and returns a frozen object', () => {
    const config = loadConfig(schema, {});
    expect(config).toEqual({ PORT: 4000, DATABASE_URL: 'sqlite:.data/x.sqlite', REGISTRY_URL: 'http://127.0.0.1:4001', DEBUG: false });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('parses given values and treats an empty variable as unset', () => {
    expect(loadConfig(schema, { PORT: '0', DEBUG: 'yes', REGISTRY_URL: 'http://r:1/', DATABASE_URL: '' })).toEqual({
      PORT: 0,
      DATABASE_URL: 'sqlite:.data/x.sqlite',
      REGISTRY_URL: 'http://r:1',
      DEBUG: true,
    });
  });

  it('fails fast with one line naming the bad variable', () => {
    expect(() => loadConfig(schema, { PORT: 'abc' })).toThrow(new ConfigError('Invalid configuration: PORT: must be a number (got "abc")', 'PORT'));
    expect(() => loadConfig(schema, { PORT: '70000' })).toThrow('Invalid configuration: PORT: must be between 0 and 65535 (got "70000")');
    expect(() => loadConfig(schema, { DEBUG: 'maybe' })).toThrow(/^Invalid configuration: DEBUG: must be true or false/);
    try {
      loadConfig(schema, { DATABASE_URL: 'postgres://u:secret@h/db' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('DATABASE_URL');
      expect((error as Error).message).not.toContain('secret');
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('never prints the value of a secret', () => {
    const secrets = z.object({ API_KEY: z.string().min(32, 'must be at least 32 characters') });
    expect(() => loadConfig(secrets, { API_KEY: 'short-secret' })).toThrow('Invalid configuration: API_KEY: must be at least 32 characters (got "…")');
  });
});

describe('secrets from files', () => {
  it('reads <NAME>_FILE when <NAME> is not set, and names the variable when the file is missing', () => {
    const { mkdtempSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
    const dir = mkdtempSync(require('node:path').join(require('node:os').tmpdir(), 'cfg-'));
    writeFileSync(`${dir}/token`, 'a-very-long-publish-token-from-a-file\n');
    const secrets = z.object({ TOKEN: z.string().min(16) });
    expect(loadConfig(secrets, { TOKEN_FILE: `${dir}/token` })).toEqual({ TOKEN: 'a-very-long-publish-token-from-a-file' });
    expect(() => loadConfig(secrets, { TOKEN_FILE: `${dir}/missing` })).toThrow(`Invalid configuration: TOKEN_FILE: cannot read ${dir}/missing (ENOENT)`);
  });
});
