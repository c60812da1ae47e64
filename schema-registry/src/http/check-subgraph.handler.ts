import type { RequestHandler } from 'express';
import type { PublishAuthorizer } from '../auth/publish-authorizer';
import { readAuthorizedPublish } from './authorized-publish-request';
import type { PublishService } from '../publish/publish.service';
import type { CheckAnswerBody, PublishRefusedBody } from '../registry.types';

/**
 * `POST /subgraphs/:name/check`: the publish's checks without writing; 200 `{ ok, checks }`
 * (`ok: false` and the error a publish would get), 400 bad input or unknown owner, 403 another entity's key.
 */
export function checkSubgraphHandler(service: PublishService, authorizer: PublishAuthorizer): RequestHandler<{ name: string }> {
  return async (req, res) => {
    const authorized = await readAuthorizedPublish(req, res, authorizer);
    if (!authorized) return;
    const result = await service.check(authorized.request);
    if (!('checks' in result)) {
      const body: PublishRefusedBody = { ok: false, error: result.error };
      res.status(400).json(body);
      return;
    }
    const body: CheckAnswerBody = result.ok ? { ok: true, checks: result.checks } : { ok: false, checks: result.checks, error: result.error };
    res.status(200).json(body);
  };
}
