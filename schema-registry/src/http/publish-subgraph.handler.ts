import type { RequestHandler } from 'express';
import { parsePublishRequest } from '../publish/publish-request';
import type { PublishService } from '../publish/publish.service';
import type { PublishAcceptedBody, PublishRefusedBody } from '../registry.types';

/** `POST /subgraphs/:name`: 201 new supergraph, 200 unchanged, 400 bad input, 422 composition failed. */
export function publishSubgraphHandler(service: PublishService): RequestHandler<{ name: string }> {
  return async (req, res) => {
    const parsed = parsePublishRequest(req.params.name, req.body);
    if (!parsed.ok) {
      const body: PublishRefusedBody = { ok: false, error: parsed.error };
      res.status(400).json(body);
      return;
    }
    const result = await service.publish(parsed.request, { publishedBy: null });
    if (!result.ok) {
      const body: PublishRefusedBody = { ok: false, error: result.error };
      res.status(result.error.code === 'INVALID_SDL' ? 400 : 422).json(body);
      return;
    }
    const body: PublishAcceptedBody = result.unchanged
      ? { ok: true, unchanged: true, subgraph: result.subgraph, supergraph: result.supergraph }
      : { ok: true, subgraph: result.subgraph, supergraph: result.supergraph };
    res.status(result.unchanged ? 200 : 201).json(body);
  };
}
