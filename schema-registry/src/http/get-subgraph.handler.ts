import type { RequestHandler } from 'express';
import { messages } from '../messages';
import { isSubgraphName } from '../publish/publish-request';
import type { SubgraphDetailBody } from '../registry.types';
import type { SubgraphService } from '../subgraph/subgraph.service';

/** `GET /subgraphs/:name`: the current version with its SDL; 400 on a bad name, 404 when unknown. */
export function getSubgraphHandler(service: SubgraphService): RequestHandler<{ name: string }> {
  return async (req, res) => {
    const { name } = req.params;
    if (!isSubgraphName(name)) {
      res.status(400).json({ error: { code: 'INVALID_NAME', message: messages.invalidName(name) } });
      return;
    }
    const subgraph = await service.find(name);
    if (!subgraph) {
      res.status(404).json({ error: { code: 'SUBGRAPH_NOT_FOUND', message: messages.subgraphNotFound(name) } });
      return;
    }
    const body: SubgraphDetailBody = { subgraph };
    res.json(body);
  };
}
