import type { RequestHandler } from 'express';
import type { PublishAuthorizer } from '../auth/publish-authorizer';
import { readAuthorizedPublish } from './authorized-publish-request';
import { refusalStatus } from '../checks/check-refusal';
import type { PublishService } from '../publish/publish.service';
import type { PublishAcceptedBody, PublishRefusedBody } from '../registry.types';

/**
 * `POST /subgraphs/:name`: 201 new supergraph, 200 unchanged, 400 bad input or unknown owner,
 * 403 another entity's key, 409 breaking change in use, 422 composition / public variant / lint failed.
 */
export function publishSubgraphHandler(service: PublishService, authorizer: PublishAuthorizer): RequestHandler<{ name: string }> {
  return async (req, res) => {
    const authorized = await readAuthorizedPublish(req, res, authorizer);
    if (!authorized) return;
    const result = await service.publish(authorized.request, authorized.publisher);
    if (!result.ok) {
      if (!('checks' in result)) {
        const body: PublishRefusedBody = { ok: false, error: result.error };
        res.status(400).json(body);
        return;
      }
      const body: PublishRefusedBody = { ok: false, error: result.error, checks: result.checks };
      res.status(refusalStatus[result.error.code]).json(body);
      return;
    }
    const body: PublishAcceptedBody = result.unchanged
      ? { ok: true, unchanged: true, subgraph: result.subgraph, supergraph: result.supergraph }
      : {
          ok: true,
          subgraph: result.subgraph,
          supergraph: result.supergraph,
          checks: result.checks,
          ...(result.forcedReason !== null ? { forced: { reason: result.forcedReason } } : {}),
        };
    res.status(result.unchanged ? 200 : 201).json(body);
  };
}
