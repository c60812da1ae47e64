import type { Request, Response } from 'express';
import type { PublishAuthorizer } from '../auth/publish-authorizer';
import type { Publisher } from '../publish/publish.service';
import { parsePublishRequest, type PublishRequest } from '../publish/publish-request';
import type { PublishRefusedBody } from '../registry.types';

/** What publish and check share: a parsed body and who may publish it. */
export interface AuthorizedPublish {
  request: PublishRequest;
  publisher: Publisher;
}

/**
 * Parses the publish body and authorizes its key; on a refusal answers it (400, 401, 403)
 * and returns null, so each handler only handles what its own call adds.
 */
export async function readAuthorizedPublish(
  req: Request<{ name: string }>,
  res: Response,
  authorizer: PublishAuthorizer,
): Promise<AuthorizedPublish | null> {
  const parsed = parsePublishRequest(req.params.name, req.body);
  if (!parsed.ok) {
    const body: PublishRefusedBody = { ok: false, error: parsed.error };
    res.status(400).json(body);
    return null;
  }
  const authorization = await authorizer.authorize(res, parsed.request);
  if (!authorization.ok) {
    const body: PublishRefusedBody = { ok: false, error: authorization.error };
    res.status(authorization.status).json(body);
    return null;
  }
  return { request: parsed.request, publisher: authorization.publisher };
}
