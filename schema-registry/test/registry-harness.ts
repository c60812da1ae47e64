import type { RunningServer } from '@egob/http';
import { createSilentLogger } from '@egob/logger';
import { createTestDatabase, type TestDatabase } from '@egob/test-kit';
import { createRegistryApp, loadRegistryConfig, type RegistryApp } from '../src';

/** A registry on a fresh test database and a free port, with a clock that advances one minute per accepted publish. */
export interface RegistryHarness {
  registry: RegistryApp;
  server: RunningServer;
  database: TestDatabase;
  /** The clock's n-th instant (0-based), as ISO-8601. */
  instant(n: number): string;
  /** Stops the registry (`registry`, which a test may replace) and drops its database. */
  close(): Promise<void>;
}

const CLOCK_START = Date.UTC(2026, 0, 15, 12, 0, 0, 0);

/** Starts a registry for one test file. */
export async function startRegistry(label: string, env: Record<string, string> = {}): Promise<RegistryHarness> {
  const database = await createTestDatabase(label);
  let tick = 0;
  const config = loadRegistryConfig({ PORT: '0', DATABASE_URL: database.url, EGOB_MODE: 'test', ...env });
  const registry = await createRegistryApp(config, {
    logger: createSilentLogger(),
    now: () => new Date(CLOCK_START + 60_000 * tick++),
  });
  const server = await registry.start();
  const harness: RegistryHarness = {
    registry,
    server,
    database,
    instant: (n) => new Date(CLOCK_START + 60_000 * n).toISOString(),
    async close() {
      // The registry a test restarted, not necessarily the first one.
      await harness.registry.stop();
      await database.drop();
    },
  };
  return harness;
}

/** An HTTP answer with its parsed JSON body (undefined when empty). */
export interface JsonResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Calls the registry with real fetch and parses the JSON body. */
export async function request(
  base: string,
  method: string,
  path: string,
  options: { json?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    body = options.raw;
  }
  const response = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}
