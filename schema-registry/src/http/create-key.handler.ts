import type { RequestHandler } from 'express';
import type { PublishKeyService } from '../keys/publish-key.service';

/** `POST /keys` (admin): 201 `{ id, owner, description, createdAt, key }` (the key is shown only here); 400 INVALID_REQUEST / UNKNOWN_OWNER. */
export function createKeyHandler(service: PublishKeyService): RequestHandler {
  return async (req, res) => {
    const result = await service.create(req.body);
    if (!result.ok) {
      res.status(400).json({ ok: false, error: result.error });
      return;
    }
    // The secret must not linger in caches or proxies.
    res.status(201).set('Cache-Control', 'no-store').json(result.key);
  };
}
