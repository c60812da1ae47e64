import type { RequestHandler } from 'express';
import { parseRollbackRequest } from './parse-rollback-request';
import type { RollbackService } from './rollback.service';

/**
 * `POST /supergraph/rollback` (admin) `{ to, reason }`: 201 `{ supergraph: { id } }`;
 * 400 INVALID_REQUEST; 404 SUPERGRAPH_NOT_FOUND; 422 PUBLIC_VARIANT_FAILED. Refusals change nothing.
 * `createdBy` names who is recorded: `admin`, or `dev` in open mode.
 */
export function rollbackSupergraphHandler(rollbacks: RollbackService, createdBy: string): RequestHandler {
  return async (req, res) => {
    const parsed = parseRollbackRequest(req.body);
    if (!parsed.ok) {
      res.status(400).json({ ok: false, error: parsed.error });
      return;
    }
    const result = await rollbacks.rollback({ to: parsed.to, reason: parsed.reason, createdBy });
    if (!result.ok) {
      const status = result.error.code === 'SUPERGRAPH_NOT_FOUND' ? 404 : result.error.code === 'INVALID_REQUEST' ? 400 : 422;
      res.status(status).json({ ok: false, error: result.error });
      return;
    }
    res.status(201).json({ ok: true, supergraph: result.supergraph });
  };
}
