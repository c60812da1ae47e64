import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import type { CatalogueService } from './catalogue.service';

/** `GET /catalogue/changes?limit=1..500` (default 50): `{ changes }` newest first; 400 on a bad limit. */
export function listCatalogueChangesHandler(catalogue: CatalogueService): RequestHandler {
  return async (req, res) => {
    const raw = req.query.limit;
    const limit = raw === undefined ? 50 : typeof raw === 'string' && /^[0-9]{1,3}$/.test(raw) ? Number(raw) : 0;
    if (limit < 1 || limit > 500) {
      res.status(400).json({ error: { code: 'INVALID_REQUEST', message: m.invalidLimit } });
      return;
    }
    res.json({ changes: await catalogue.changes(limit) });
  };
}
