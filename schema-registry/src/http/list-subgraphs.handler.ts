import type { RequestHandler } from 'express';
import type { SubgraphListBody } from '../registry.types';
import type { SubgraphService } from '../subgraph/subgraph.service';

/** `GET /subgraphs`: the current version of every subgraph, sorted by name. */
export function listSubgraphsHandler(service: SubgraphService): RequestHandler {
  return async (_req, res) => {
    const body: SubgraphListBody = { subgraphs: await service.list() };
    res.json(body);
  };
}
