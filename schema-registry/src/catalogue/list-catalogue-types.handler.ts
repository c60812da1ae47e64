import type { RequestHandler } from 'express';
import type { CatalogueService } from './catalogue.service';

/** `GET /catalogue/types`: `{ types }` of the current API schema, with owners, public flags and consumers. */
export function listCatalogueTypesHandler(catalogue: CatalogueService): RequestHandler {
  return async (_req, res) => {
    res.json({ types: await catalogue.types() });
  };
}
