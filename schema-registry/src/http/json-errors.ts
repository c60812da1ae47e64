import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '@egob/logger';
import { messages } from '../messages';

/** The request body limit of the registry. */
export const BODY_LIMIT = '2mb';

/** Answers unknown routes with a 404 JSON error. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: messages.routeNotFound(req.method, req.path) } });
  };
}

interface HttpError {
  status?: number;
  type?: string;
  message?: string;
}

/**
 * Turns body-parser failures into JSON 4xx answers (never an HTML page) and anything
 * else into a logged 500 JSON error.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? 500;
    if (httpError.type === 'entity.parse.failed') {
      res.status(400).json({ ok: false, error: { code: 'INVALID_REQUEST', message: messages.bodyNotJson(httpError.message ?? '') } });
      return;
    }
    if (httpError.type === 'entity.too.large') {
      res.status(413).json({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: messages.bodyTooLarge('2 MB') } });
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json({ ok: false, error: { code: 'INVALID_REQUEST', message: httpError.message ?? messages.bodyNotObject } });
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
    res.status(500).json({ error: { code: 'INTERNAL', message: messages.internal } });
  };
}
