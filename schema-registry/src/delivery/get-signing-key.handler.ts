import type { RequestHandler } from 'express';

/** `GET /signing-key`: `{ publicKeyPem }`, the SPKI PEM that verifies the supergraphs (informational). */
export function getSigningKeyHandler(publicKeyPem: string): RequestHandler {
  return (_req, res) => {
    res.json({ publicKeyPem });
  };
}
