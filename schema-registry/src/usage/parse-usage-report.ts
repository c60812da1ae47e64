import { messages } from '../messages';

/** What a reported coordinate must look like: `Type`, `Type.field` or `Type.field(arg:)`. */
export const USAGE_COORDINATE = /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*(\([_A-Za-z][_0-9A-Za-z]*:\))?)?$/;

/** Limits of one `POST /usage` body. */
export const USAGE_LIMITS = { reports: 1_000, coordinates: 1_000, coordinateLength: 255, nameLength: 200, versionLength: 64 } as const;

/** One validated report: names already replaced by their placeholders when null. */
export interface UsageReport {
  operationName: string;
  clientName: string;
  clientVersion: string | null;
  coordinates: string[];
  count: number;
  /** ISO-8601 UTC, normalized. */
  lastSeen: string;
}

/** The validated reports, or INVALID_USAGE naming the first bad item. */
export type ParsedUsageReport =
  | { ok: true; gateway: string | null; reports: UsageReport[] }
  | { ok: false; error: { code: 'INVALID_USAGE'; message: string } };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** Validates the body of `POST /usage` strictly: any bad item refuses the whole body. */
export function parseUsageReport(body: unknown): ParsedUsageReport {
  const refuse = (where: string, reason: string): ParsedUsageReport => ({
    ok: false,
    error: { code: 'INVALID_USAGE', message: messages.invalidUsage(where, reason) },
  });
  if (!isObject(body)) return refuse('el cuerpo', 'debe ser un objeto JSON');
  const { gateway, reports } = body;
  if (gateway !== undefined && gateway !== null && !isName(gateway, USAGE_LIMITS.nameLength)) {
    return refuse('gateway', `debe ser texto de 1 a ${USAGE_LIMITS.nameLength} caracteres`);
  }
  if (!Array.isArray(reports)) return refuse('reports', 'debe ser una lista');
  if (reports.length > USAGE_LIMITS.reports) return refuse('reports', `como máximo ${USAGE_LIMITS.reports} reportes por envío`);
  const parsed: UsageReport[] = [];
  for (const [index, report] of reports.entries()) {
    const at = `reports[${index}]`;
    if (!isObject(report)) return refuse(at, 'debe ser un objeto');
    const { operationName, clientName, clientVersion, coordinates, count, lastSeen } = report;
    if (operationName !== undefined && operationName !== null && !isName(operationName, USAGE_LIMITS.nameLength)) {
      return refuse(`${at}.operationName`, `debe ser null o texto de 1 a ${USAGE_LIMITS.nameLength} caracteres`);
    }
    if (clientName !== undefined && clientName !== null && !isName(clientName, USAGE_LIMITS.nameLength)) {
      return refuse(`${at}.clientName`, `debe ser null o texto de 1 a ${USAGE_LIMITS.nameLength} caracteres`);
    }
    if (clientVersion !== undefined && clientVersion !== null && !isName(clientVersion, USAGE_LIMITS.versionLength)) {
      return refuse(`${at}.clientVersion`, `debe ser null o texto de 1 a ${USAGE_LIMITS.versionLength} caracteres`);
    }
    if (!Array.isArray(coordinates) || coordinates.length === 0) return refuse(`${at}.coordinates`, 'debe ser una lista no vacía');
    if (coordinates.length > USAGE_LIMITS.coordinates) {
      return refuse(`${at}.coordinates`, `como máximo ${USAGE_LIMITS.coordinates} coordenadas por reporte`);
    }
    for (const [c, coordinate] of coordinates.entries()) {
      if (typeof coordinate !== 'string' || coordinate.length > USAGE_LIMITS.coordinateLength || !USAGE_COORDINATE.test(coordinate)) {
        return refuse(`${at}.coordinates[${c}]`, `${JSON.stringify(coordinate)} no es una coordenada de esquema (Tipo.campo o Tipo.campo(argumento:))`);
      }
    }
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 1e9) {
      return refuse(`${at}.count`, 'debe ser un entero de 1 a 1000000000');
    }
    const instant = typeof lastSeen === 'string' && ISO_INSTANT.test(lastSeen) ? new Date(lastSeen) : null;
    if (!instant || Number.isNaN(instant.getTime()) || instant.toISOString().length !== 24) {
      return refuse(`${at}.lastSeen`, 'debe ser una fecha y hora ISO-8601 (p. ej. 2026-11-25T19:00:00.000Z)');
    }
    parsed.push({
      operationName: (operationName as string | null | undefined) ?? messages.anonymousOperation,
      clientName: (clientName as string | null | undefined) ?? messages.unknownClient,
      clientVersion: (clientVersion as string | null | undefined) ?? null,
      coordinates: [...new Set(coordinates as string[])],
      count,
      lastSeen: instant.toISOString(),
    });
  }
  return { ok: true, gateway: (gateway as string | null | undefined) ?? null, reports: parsed };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isName(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= max;
}
