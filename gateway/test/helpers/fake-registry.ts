import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SupergraphVersion } from '../../src/supergraph/supergraph-version';

/** How the fake registry answers `GET /supergraph`. */
export type FakeRegistryMode = 'normal' | 'hang' | 'error500' | 'garbage';

/** A schema registry speaking the gateway's protocol, driven by the test. */
export interface FakeRegistry {
  url: string;
  /** What `GET /supergraph` serves; null answers 404 NO_SUPERGRAPH. */
  supergraph: SupergraphVersion | null;
  mode: FakeRegistryMode;
  /** If-None-Match of each request received, in order. */
  requests: (string | undefined)[];
  /** Closes the port: the registry becomes unreachable (ECONNREFUSED). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

/** Starts a fake registry on a free port (or `port`). */
export async function startFakeRegistry(supergraph: SupergraphVersion | null, port = 0): Promise<FakeRegistry> {
  const registry: FakeRegistry = {
    url: '',
    supergraph,
    mode: 'normal',
    requests: [],
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    restart: () => listenOn(actualPort),
  };
  const server = http.createServer((req, res) => {
    if (req.url !== '/supergraph' || req.method !== 'GET') {
      res.writeHead(404).end();
      return;
    }
    registry.requests.push(req.headers['if-none-match']);
    if (registry.mode === 'hang') return;
    if (registry.mode === 'error500') {
      res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"code":"INTERNAL"}}');
      return;
    }
    if (registry.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id": 42}');
      return;
    }
    const current = registry.supergraph;
    if (!current) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NO_SUPERGRAPH', message: 'Nothing composed yet' } }));
      return;
    }
    const etag = `"${current.id}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(JSON.stringify(current));
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
