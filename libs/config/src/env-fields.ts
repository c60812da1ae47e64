import { z } from 'zod';

/** Reusable zod fields for environment variables (all arrive as strings). */
export const env = {
  /** A TCP port, 0 meaning "any free port". */
  port: (fallback: number) =>
    z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535')
      .default(fallback),
  /** A whole number within bounds. */
  int: (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
    z.coerce
      .number({ message: 'must be a number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  /** true/false, 1/0, yes/no. */
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .optional()
      .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1' || v === 'yes')),
  /** An http(s) URL without a trailing slash. */
  httpUrl: (fallback?: string) => {
    const field = z
      .string()
      .url('must be an http(s) URL')
      .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL')
      .transform((v) => v.replace(/\/+$/, ''));
    return fallback === undefined ? field : field.default(fallback);
  },
  /** A database URL: sqlite:<file>, sqlite::memory: or mysql://user:pass@host:port/db. */
  databaseUrl: (fallback: string) =>
    z
      .string()
      .refine(
        (v) => /^sqlite:.+/.test(v) || /^mysql:\/\/[^/]+\/[A-Za-z0-9_$-]+(\?.*)?$/.test(v),
        'must be sqlite:<file> or mysql://user:password@host:port/database',
      )
      .default(fallback),
  /** Log level understood by the logger. */
  logLevel: (fallback = 'info') =>
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(fallback as 'info'),
  /** Deployment mode: production refuses to start on a missing secret. */
  mode: () => z.enum(['development', 'production', 'test']).default('development'),
};
