import type { RequestHandler } from 'express';
import { messages } from '../messages';
import type { SupergraphBody } from '../registry.types';
import type { SupergraphService } from '../supergraph/supergraph.service';

/** `GET /supergraph`: the current supergraph with `ETag: "<id>"`; 304 on a matching If-None-Match; 404 before the first publish. */
export function getSupergraphHandler(service: SupergraphService): RequestHandler {
  return async (req, res) => {
    res.set('Cache-Control', 'no-cache');
    const ifNoneMatch = req.get('if-none-match');
    if (ifNoneMatch !== undefined) {
      const id = await service.findCurrentId();
      if (id !== null && matchesEtag(ifNoneMatch, id)) {
        res.status(304).set('ETag', `"${id}"`).end();
        return;
      }
    }
    const current = await service.findCurrent();
    if (!current) {
      res.status(404).json({ error: { code: 'NO_SUPERGRAPH', message: messages.noSupergraph } });
      return;
    }
    const body: SupergraphBody = { id: current.id, sdl: current.sdl, createdAt: current.createdAt.toISOString() };
    res.status(200).set('ETag', `"${current.id}"`).json(body);
  };
}

/** Returns true when an If-None-Match header (a list of entity tags, or `*`) names the id. */
export function matchesEtag(header: string, id: string): boolean {
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === `"${id}"`);
}
