import type { RequestHandler } from 'express';
import type { OwnerService } from '../owners/owner.service';

/** `POST /owners` (admin): 201 `{ code, name, createdAt }`; 400 INVALID_REQUEST; 409 OWNER_EXISTS. */
export function registerOwnerHandler(service: OwnerService): RequestHandler {
  return async (req, res) => {
    const result = await service.register(req.body);
    if (!result.ok) {
      res.status(result.error.code === 'OWNER_EXISTS' ? 409 : 400).json({ ok: false, error: result.error });
      return;
    }
    res.status(201).json(result.owner);
  };
}
