import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Returns a JSON logger for one service; `level` defaults to LOG_LEVEL's parsed value or info. */
export function createLogger(service: string, level: string = 'info'): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-egob-context"]', 'password', '*.password'],
      censor: '[oculto]',
    },
  });
}

/** Returns a logger that writes nothing (tests). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
