import type { RequestHandler } from 'express';
import type { OwnerService } from '../owners/owner.service';

/** `GET /owners` (public): `{ owners }` sorted by code. */
export function listOwnersHandler(service: OwnerService): RequestHandler {
  return async (_req, res) => {
    res.json({ owners: await service.list() });
  };
}
