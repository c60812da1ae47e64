import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@egob/logger';
import { INTERNAL_ERROR_MESSAGE } from './error-formatter';
import { sendJsonError } from './gateway-refusal';

interface HttpError {
  status?: number;
  statusCode?: number;
}

/**
 * Returns the last Express error handler (the routes besides /graphql: health,
 * explorer, metrics): a 4xx failure gets a GraphQL-shaped JSON error with its status
 * instead of Express's HTML page; anything else is a logged 500.
 */
export function createJsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      sendJsonError(res, status, 'Solicitud inválida.', 'BAD_REQUEST');
      return;
    }
    logger.error({ err: error }, 'unhandled error in an HTTP request');
    sendJsonError(res, 500, INTERNAL_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR');
  };
}
