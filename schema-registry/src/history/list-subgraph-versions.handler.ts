import type { RequestHandler } from 'express';
import { messages } from '../messages';
import { isSubgraphName } from '../publish/publish-request';
import type { HistoryService } from './history.service';

/** `GET /subgraphs/:name/versions`: `{ versions }` newest first; 400 INVALID_NAME; 404 SUBGRAPH_NOT_FOUND. */
export function listSubgraphVersionsHandler(history: HistoryService): RequestHandler<{ name: string }> {
  return async (req, res) => {
    const { name } = req.params;
    if (!isSubgraphName(name)) {
      res.status(400).json({ error: { code: 'INVALID_NAME', message: messages.invalidName(name) } });
      return;
    }
    const versions = await history.listSubgraphVersions(name);
    if (!versions) {
      res.status(404).json({ error: { code: 'SUBGRAPH_NOT_FOUND', message: messages.subgraphNotFound(name) } });
      return;
    }
    res.json({ versions });
  };
}
