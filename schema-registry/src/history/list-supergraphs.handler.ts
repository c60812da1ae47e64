import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import type { HistoryService } from './history.service';
import { parseVariant } from './parse-id';

/** `GET /supergraphs?variant=main|public`: `{ supergraphs }` newest first; 400 INVALID_VARIANT. */
export function listSupergraphsHandler(history: HistoryService): RequestHandler {
  return async (req, res) => {
    const variant = parseVariant(req.query.variant);
    if (!variant) {
      res.status(400).json({ error: { code: 'INVALID_VARIANT', message: m.invalidVariant(String(req.query.variant)) } });
      return;
    }
    res.json({ supergraphs: await history.listSupergraphs(variant) });
  };
}
