import type { ErrorRequestHandler } from 'express';
import type { Logger } from '@egob/logger';
import { INTERNAL_ERROR_MESSAGE } from './error-formatter';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/**
 * Returns the last Express error handler: failures before Apollo sees the request
 * (body that is not JSON, body too large) get a GraphQL-shaped JSON error with their
 * 4xx status instead of Express's HTML page; anything else is a logged 500.
 */
export function createJsonErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError;
    const status = httpError.status ?? httpError.statusCode ?? 500;
    let message: string;
    let code: string;
    if (httpError.type === 'entity.parse.failed') {
      [message, code] = ['El cuerpo de la solicitud no es JSON válido.', 'BAD_REQUEST'];
    } else if (httpError.type === 'entity.too.large') {
      [message, code] = [`La solicitud supera el tamaño máximo de ${bodyLimit}.`, 'PAYLOAD_TOO_LARGE'];
    } else if (status >= 400 && status < 500) {
      [message, code] = ['Solicitud inválida.', 'BAD_REQUEST'];
    } else {
      logger.error({ err: error }, 'unhandled error in an HTTP request');
      [message, code] = [INTERNAL_ERROR_MESSAGE, 'INTERNAL_SERVER_ERROR'];
    }
    res.status(status >= 400 && status < 600 ? status : 500).json({ errors: [{ message, extensions: { code } }] });
  };
}
