import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { signSupergraph, type SignedSupergraph } from '@egob/supergraph-signature';

/** The schema registry as the egob gateway sees it (docs/registry-protocol.md §3, §5), serving one signed supergraph. */
export interface RegistryStandIn {
  url: string;
  /** SPKI PEM of the signing key: the gateway's REGISTRY_SIGNING_PUBLIC_KEYS. */
  publicKeyPem: string;
  /** The bearer usage reports must carry: the gateway's REGISTRY_USAGE_KEY. */
  usageKey: string;
  /** Usage report bodies accepted (`POST /usage`) and supergraph fetches answered. */
  counts: { usageReports: number; supergraphFetches: number };
  close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 and a free port, serving `sdl` as supergraph 1 of variant main. */
export async function startRegistryStandIn(sdl: string): Promise<RegistryStandIn> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const signed: SignedSupergraph = signSupergraph({ id: '1', variant: 'main', sdl, createdAt: new Date().toISOString() }, privateKey);
  const etag = `"${signed.id}.${signed.sha256.slice(0, 16)}"`;
  const body = JSON.stringify(signed);
  const usageKey = `bench-usage-${signed.sha256.slice(0, 32)}`;
  const held = new Set<http.ServerResponse>();
  const counts = { usageReports: 0, supergraphFetches: 0 };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://registry');
    if (req.method === 'POST' && url.pathname === '/usage') {
      req.resume();
      req.on('end', () => {
        const ok = req.headers.authorization === `Bearer ${usageKey}`;
        if (ok) counts.usageReports += 1;
        res.writeHead(ok ? 202 : 401, { 'content-type': 'application/json' }).end(ok ? '{"ok":true,"stored":0}' : '{"ok":false}');
      });
      return;
    }
    if (req.method !== 'GET' || url.pathname !== '/supergraph') {
      res.writeHead(404).end();
      return;
    }
    if (url.searchParams.get('variant') !== 'main') {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"INVALID_VARIANT"}}');
      return;
    }
    const wait = Number(url.searchParams.get('wait'));
    if (req.headers['if-none-match'] === etag) {
      // Nothing new will ever be published: hold the long-poll, then say "not modified".
      if (wait >= 1 && wait <= 30) {
        held.add(res);
        const timer = setTimeout(() => {
          held.delete(res);
          res.writeHead(304, { etag }).end();
        }, wait * 1_000);
        res.on('close', () => {
          clearTimeout(timer);
          held.delete(res);
        });
      } else res.writeHead(304, { etag }).end();
      return;
    }
    counts.supergraphFetches += 1;
    res.writeHead(200, { 'content-type': 'application/json', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    usageKey,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
