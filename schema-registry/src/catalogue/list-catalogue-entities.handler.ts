import type { RequestHandler } from 'express';
import type { CatalogueService } from './catalogue.service';

/** `GET /catalogue/entities`: `{ entities }` sorted by code, each with its subgraphs' current versions. */
export function listCatalogueEntitiesHandler(catalogue: CatalogueService): RequestHandler {
  return async (_req, res) => {
    res.json({ entities: await catalogue.entities() });
  };
}
