import express, { type Express } from 'express';

/** One dependency that must be up for the service to be ready (database, schema…). */
export interface ReadinessCheck {
  name: string;
  /** Resolves when up; throws (or rejects) with the reason when not. */
  check: () => Promise<unknown> | unknown;
}

/**
 * Returns an Express app with `/health` (liveness: the process answers) and `/ready`
 * (readiness: every check passes, 503 with the failing ones otherwise).
 */
export function createHttpApp(checks: ReadinessCheck[] = []): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
          return { name, ok: true as const };
        } catch (error) {
          return { name, ok: false as const, error: error instanceof Error ? error.message : String(error) };
        }
      }),
    );
    const ready = results.every((r) => r.ok);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not-ready', checks: results });
  });
  return app;
}
