import { createHttpApp, listen } from '@egob/http';

describe('HTTP bootstrap', () => {
  it('answers /health always and /ready according to its checks', async () => {
    let databaseUp = false;
    const app = createHttpApp([{ name: 'database', check: () => { if (!databaseUp) throw new Error('connection refused'); } }]);
    const server = await listen(app, 0);
    try {
      expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok' });
      const notReady = await fetch(`${server.url}/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'not-ready', checks: [{ name: 'database', ok: false, error: 'connection refused' }] });
      databaseUp = true;
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', checks: [{ name: 'database', ok: true }] });
      expect(ready.headers.get('x-powered-by')).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('lets an in-flight request finish when closing', async () => {
    const app = createHttpApp();
    app.get('/slow', (_req, res) => {
      setTimeout(() => res.json({ done: true }), 200);
    });
    const server = await listen(app, 0);
    const pending = fetch(`${server.url}/slow`).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 50));
    await server.close();
    expect(await pending).toEqual({ done: true });
  });
});
