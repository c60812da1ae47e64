import { matchesEtag } from '../src/http/get-supergraph.handler';
import { SerialQueue } from '../src/publish/serial-queue';
import { loadRegistryConfig } from '../src/config';

describe('matchesEtag', () => {
  it.each([
    ['"7"', true],
    ['W/"7"', true],
    ['"6", "7"', true],
    ['*', true],
    ['"6"', false],
    ['7', false],
    ['"70"', false],
  ])('%s against id 7 → %s', (header, expected) => {
    expect(matchesEtag(header, '7')).toBe(expected);
  });
});

describe('SerialQueue', () => {
  it('runs tasks one at a time in arrival order, past a failing one', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run(task('a', 20)), queue.run(task('b', 1, true)), queue.run(task('c', 5))]);
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('loadRegistryConfig', () => {
  it('applies the defaults', () => {
    expect(loadRegistryConfig({})).toEqual({
      PORT: 4001,
      HOST: '127.0.0.1',
      DATABASE_URL: 'sqlite:.data/schema-registry.sqlite',
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
        REGISTRY_PUBLISH_TOKEN: 'a-long-enough-publish-token',
        LOG_LEVEL: 'warn',
        EGOB_MODE: 'production',
      }),
    ).toEqual({
      PORT: 0,
      HOST: '0.0.0.0',
      DATABASE_URL: 'mysql://registry:secret@db:3306/registry',
      REGISTRY_PUBLISH_TOKEN: 'a-long-enough-publish-token',
      LOG_LEVEL: 'warn',
      EGOB_MODE: 'production',
    });
  });

  it('refuses to start in production without a publish token', () => {
    expect(() => loadRegistryConfig({ EGOB_MODE: 'production' })).toThrow(
      'Invalid configuration: REGISTRY_PUBLISH_TOKEN: is required when EGOB_MODE=production (not set)',
    );
  });

  it('refuses a short publish token in production, without printing it', () => {
    expect(() => loadRegistryConfig({ EGOB_MODE: 'production', REGISTRY_PUBLISH_TOKEN: 'short' })).toThrow(
      'Invalid configuration: REGISTRY_PUBLISH_TOKEN: must be at least 16 characters when EGOB_MODE=production (got "…")',
    );
  });

  it('names a bad variable', () => {
    expect(() => loadRegistryConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(
      'Invalid configuration: DATABASE_URL: must be sqlite:<file> or mysql://user:password@host:port/database (got "postgres://x/y")',
    );
  });
});
