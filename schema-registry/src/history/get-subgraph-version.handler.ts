import type { RequestHandler } from 'express';
import { catalogueMessages as m } from '../catalogue.messages';
import { messages } from '../messages';
import { isSubgraphName } from '../publish/publish-request';
import type { HistoryService } from './history.service';
import { parseId } from './parse-id';

/** `GET /subgraphs/:name/versions/:versionId`: the version with its SDL; 400 on a bad name or id; 404 when unknown. */
export function getSubgraphVersionHandler(history: HistoryService): RequestHandler<{ name: string; versionId: string }> {
  return async (req, res) => {
    const { name, versionId } = req.params;
    if (!isSubgraphName(name)) {
      res.status(400).json({ error: { code: 'INVALID_NAME', message: messages.invalidName(name) } });
      return;
    }
    const id = parseId(versionId);
    if (id === null) {
      res.status(400).json({ error: { code: 'INVALID_REQUEST', message: m.invalidId(versionId) } });
      return;
    }
    const version = await history.findSubgraphVersion(name, id);
    if (!version) {
      res.status(404).json({ error: { code: 'SUBGRAPH_VERSION_NOT_FOUND', message: m.subgraphVersionNotFound(name, versionId) } });
      return;
    }
    res.json(version);
  };
}
