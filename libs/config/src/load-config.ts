import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** The error thrown by loadConfig: its message is one line naming the bad variable. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly variable: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once with a zod object schema whose keys are variable names
 * (each may also come from a file named by `<NAME>_FILE`).
 * Returns a frozen, typed object; throws a ConfigError naming the first bad variable.
 */
export function loadConfig<S extends z.ZodObject<z.ZodRawShape>>(
  schema: S,
  source: Record<string, string | undefined> = process.env,
): Readonly<z.infer<S>> {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = source[key] ?? readSecretFile(key, source[`${key}_FILE`]);
    // An empty variable means "not set": `PORT= npm start` must fall back to the default.
    input[key] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? '?');
    const got = input[variable];
    const shown = got === undefined ? 'not set' : `got "${redact(variable, got)}"`;
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue.message} (${shown})`, variable);
  }
  return Object.freeze(parsed.data);
}

/** Docker and Kubernetes secrets arrive as files: `X_FILE=/run/secrets/x` stands for `X`. */
function readSecretFile(variable: string, file: string | undefined): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ConfigError(`Invalid configuration: ${variable}_FILE: cannot read ${file} (${reason})`, `${variable}_FILE`);
  }
}

function redact(variable: string, value: string): string {
  if (/KEY|SECRET|PASSWORD|TOKEN/.test(variable)) return '…';
  const shortened = value.length > 80 ? `${value.slice(0, 77)}...` : value;
  // Never print a database password in a log line.
  return shortened.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:…@');
}
