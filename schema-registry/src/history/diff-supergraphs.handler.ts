import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import type { HistoryService } from './history.service';
import { parseId, parseVariant } from './parse-id';

/** `GET /supergraphs/:a/diff/:b?variant=…`: `{ changes }` from a's API schema to b's; 404 SUPERGRAPH_NOT_FOUND naming the missing one. */
export function diffSupergraphsHandler(history: HistoryService): RequestHandler<{ a: string; b: string }> {
  return async (req, res) => {
    const variant = parseVariant(req.query.variant);
    if (!variant) {
      res.status(400).json({ error: { code: 'INVALID_VARIANT', message: m.invalidVariant(String(req.query.variant)) } });
      return;
    }
    const a = parseId(req.params.a);
    const b = parseId(req.params.b);
    if (a === null || b === null) {
      const bad = a === null ? req.params.a : req.params.b;
      res.status(404).json({ error: { code: 'SUPERGRAPH_NOT_FOUND', message: m.supergraphNotFound(bad) } });
      return;
    }
    const result = await history.diffSupergraphs(a, b, variant);
    if (!result.ok) {
      res.status(404).json({ error: { code: 'SUPERGRAPH_NOT_FOUND', message: m.supergraphNotFound(String(result.missing)) } });
      return;
    }
    res.json({ changes: result.changes });
  };
}
