import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSilentLogger } from '@egob/logger';
import { publishSchema } from '@egob/subgraph-kit';

const publication = { name: 'identity', owner: 'AGETIC', sdl: 'type Query { a: Int }', url: 'http://127.0.0.1:1/graphql', version: 'v1' };

async function registryAnswering(answers: Array<{ status: number; body: unknown }>) {
  const received: Array<{ url: string; auth: string | undefined; body: unknown }> = [];
  const server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ url: req.url!, auth: req.headers.authorization, body: JSON.parse(data) });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!;
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, received, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('publishSchema', () => {
  it('retries while the registry fails, then reports the accepted publish', async () => {
    const registry = await registryAnswering([
      { status: 503, body: {} },
      { status: 502, body: {} },
      { status: 201, body: { ok: true, supergraph: { id: '7' } } },
    ]);
    const outcome = await publishSchema(publication, { registryUrl: registry.url, token: 'publish-token-0123456789', logger: createSilentLogger(), initialDelayMs: 5 });
    registry.server.close();
    expect(outcome).toEqual({ ok: true, unchanged: false, supergraphId: '7' });
    expect(registry.received).toHaveLength(3);
    expect(registry.received[2]).toEqual({
      url: '/subgraphs/identity',
      auth: 'Bearer publish-token-0123456789',
      body: { sdl: publication.sdl, url: publication.url, version: 'v1', owner: 'AGETIC' },
    });
  });

  it('does not retry a refusal and returns its errors', async () => {
    const error = { code: 'COMPOSITION_FAILED', message: 'no compone', errors: [{ code: 'X', message: 'y' }] };
    const registry = await registryAnswering([{ status: 422, body: { ok: false, error } }]);
    const outcome = await publishSchema(publication, { registryUrl: registry.url, logger: createSilentLogger(), initialDelayMs: 5 });
    registry.server.close();
    expect(outcome).toEqual({ ok: false, status: 422, error });
    expect(registry.received).toHaveLength(1);
  });

  it('keeps retrying an unreachable registry until aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutdown')), 100);
    await expect(
      publishSchema(publication, { registryUrl: 'http://127.0.0.1:1', logger: createSilentLogger(), signal: controller.signal, initialDelayMs: 5, maxDelayMs: 20 }),
    ).rejects.toThrow('shutdown');
  });
});
