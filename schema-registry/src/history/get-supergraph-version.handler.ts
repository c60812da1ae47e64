import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import type { HistoryService } from './history.service';
import { parseId, parseVariant } from './parse-id';

/** `GET /supergraphs/:id?variant=main|public`: one supergraph with its SDL; 400 on a bad id or variant; 404 SUPERGRAPH_NOT_FOUND. */
export function getSupergraphVersionHandler(history: HistoryService): RequestHandler<{ id: string }> {
  return async (req, res) => {
    const variant = parseVariant(req.query.variant);
    if (!variant) {
      res.status(400).json({ error: { code: 'INVALID_VARIANT', message: m.invalidVariant(String(req.query.variant)) } });
      return;
    }
    const id = parseId(req.params.id);
    const supergraph = id === null ? null : await history.findSupergraph(id, variant);
    if (!supergraph) {
      res.status(404).json({ error: { code: 'SUPERGRAPH_NOT_FOUND', message: m.supergraphNotFound(req.params.id) } });
      return;
    }
    res.json(supergraph);
  };
}
