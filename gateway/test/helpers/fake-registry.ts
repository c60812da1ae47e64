import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SignedSupergraph } from '../../src/supergraph/signed-supergraph';
import { etagOf } from './supergraph-signer';

/** How the fake registry answers `GET /supergraph`. */
export type FakeRegistryMode = 'normal' | 'hang' | 'error500' | 'garbage';

/** One `GET /supergraph` the fake registry received. */
export interface SupergraphRequest {
  variant: string | null;
  wait: string | null;
  ifNoneMatch: string | undefined;
}

/** One `POST /usage` the fake registry received. */
export interface UsageRequest {
  authorization: string | undefined;
  body: unknown;
}

/** A schema registry speaking the gateway's protocol (§3, §5), driven by the test. */
export interface FakeRegistry {
  url: string;
  mode: FakeRegistryMode;
  /** Every `GET /supergraph`, in order. */
  requests: SupergraphRequest[];
  /** Every `POST /usage`, in order. */
  usage: UsageRequest[];
  /** Status `POST /usage` answers (202 by default). */
  usageStatus: number;
  /** Returns what `GET /supergraph?variant=<variant>` serves (null: 404 NO_SUPERGRAPH). */
  current(variant?: string): SignedSupergraph | null;
  /** Serves `supergraph` for `variant` (main by default) and answers at once the long-polls waiting on it. */
  serve(supergraph: SignedSupergraph | null, variant?: string): void;
  /** Number of long-polls being held. */
  waiting(): number;
  /** Closes the port: the registry becomes unreachable (ECONNREFUSED). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

interface Waiter {
  variant: string;
  res: http.ServerResponse;
  timer: NodeJS.Timeout;
}

/** Starts a fake registry on a free port (or `port`), serving `supergraph` as its `main` variant. */
export async function startFakeRegistry(supergraph: SignedSupergraph | null, port = 0): Promise<FakeRegistry> {
  const served = new Map<string, SignedSupergraph | null>([['main', supergraph]]);
  const waiters = new Set<Waiter>();

  const answer = (res: http.ServerResponse, variant: string, ifNoneMatch: string | undefined): void => {
    const current = served.get(variant) ?? null;
    if (!current) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NO_SUPERGRAPH', message: 'Nothing composed yet' } }));
      return;
    }
    const etag = etagOf(current);
    if (ifNoneMatch === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(JSON.stringify(current));
  };

  const registry: FakeRegistry = {
    url: '',
    mode: 'normal',
    requests: [],
    usage: [],
    usageStatus: 202,
    current: (variant = 'main') => served.get(variant) ?? null,
    serve(next, variant = 'main') {
      served.set(variant, next);
      for (const waiter of [...waiters]) {
        if (waiter.variant !== variant) continue;
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        answer(waiter.res, variant, undefined);
      }
    },
    waiting: () => waiters.size,
    stop: async () => {
      for (const waiter of waiters) clearTimeout(waiter.timer);
      waiters.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    restart: () => listenOn(actualPort),
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry.test');
    if (url.pathname === '/usage' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        registry.usage.push({ authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        res.writeHead(registry.usageStatus, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
      return;
    }
    if (url.pathname !== '/supergraph' || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    const variant = url.searchParams.get('variant');
    const wait = url.searchParams.get('wait');
    const ifNoneMatch = req.headers['if-none-match'];
    registry.requests.push({ variant, wait, ifNoneMatch });
    if (registry.mode === 'hang') return;
    if (registry.mode === 'error500') {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"INTERNAL"}}');
      return;
    }
    if (registry.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": 42}');
      return;
    }
    if (variant !== 'main' && variant !== 'public') {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"INVALID_VARIANT"}}');
      return;
    }
    const current = served.get(variant) ?? null;
    const seconds = Number(wait);
    if (wait !== null && current && ifNoneMatch === etagOf(current) && seconds >= 1 && seconds <= 30) {
      const waiter: Waiter = {
        variant,
        res,
        timer: setTimeout(() => {
          waiters.delete(waiter);
          answer(res, variant, ifNoneMatch);
        }, seconds * 1_000),
      };
      waiters.add(waiter);
      res.on('close', () => {
        clearTimeout(waiter.timer);
        waiters.delete(waiter);
      });
      return;
    }
    answer(res, variant, ifNoneMatch);
  });
  const listenOn = (p: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listenOn(port);
  const actualPort = (server.address() as AddressInfo).port;
  registry.url = `http://127.0.0.1:${actualPort}`;
  return registry;
}

/** Returns a port nothing listens on (bound then released). */
export async function findClosedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `condition` every 20 ms until it holds; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
