import type { RequestHandler } from 'express';
import type { PublishKeyService } from '../keys/publish-key.service';

/** `GET /keys` (admin): `{ keys }` without secrets, oldest first, revoked ones included. */
export function listKeysHandler(service: PublishKeyService): RequestHandler {
  return async (_req, res) => {
    res.json({ keys: await service.list() });
  };
}
