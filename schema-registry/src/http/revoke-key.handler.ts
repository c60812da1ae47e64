import type { RequestHandler } from 'express';
import type { PublishKeyService } from '../keys/publish-key.service';
import { messages } from '../messages';

/** `DELETE /keys/:id` (admin): 200 `{ id, owner, description, createdAt, revokedAt }` with `revokedAt` set (revoking twice keeps the first time); 404 KEY_NOT_FOUND. */
export function revokeKeyHandler(service: PublishKeyService): RequestHandler<{ id: string }> {
  return async (req, res) => {
    const key = await service.revoke(req.params.id);
    if (!key) {
      res.status(404).json({ ok: false, error: { code: 'KEY_NOT_FOUND', message: messages.keyNotFound(req.params.id) } });
      return;
    }
    res.json(key);
  };
}
