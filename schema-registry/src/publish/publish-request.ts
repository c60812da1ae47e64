import type { ForceRequest } from '../checks/checks.types';
import { messages } from '../messages';

/** What a subgraph name must look like: lowercase, digits and dashes, starting with a letter. */
export const SUBGRAPH_NAME = /^[a-z][a-z0-9-]{0,63}$/;

/** What an owner code (a PublicEntity code) must look like. */
export const OWNER_CODE = /^[A-Z0-9-]{2,32}$/;

/** A publish request that passed validation. */
export interface PublishRequest {
  name: string;
  sdl: string;
  url: string;
  version: string;
  owner: string;
  /** Set when the publisher forces past BREAKING_CHANGE_IN_USE and LINT_FAILED, with the reason to record. */
  force: ForceRequest | null;
}

/** One invalid field of a publish body. */
export interface FieldProblem {
  field: 'sdl' | 'url' | 'version' | 'owner' | 'force';
  message: string;
}

/** The validated request, or an INVALID_NAME / INVALID_REQUEST error. */
export type ParsedPublishRequest =
  | { ok: true; request: PublishRequest }
  | { ok: false; error: { code: 'INVALID_NAME'; message: string } }
  | { ok: false; error: { code: 'INVALID_REQUEST'; message: string; details?: { fields: FieldProblem[] } } };

/** Returns true when `name` is a valid subgraph name. */
export function isSubgraphName(name: string): boolean {
  return SUBGRAPH_NAME.test(name);
}

/** Validates the name from the path and the JSON body of `POST /subgraphs/:name`. */
export function parsePublishRequest(name: string, body: unknown): ParsedPublishRequest {
  if (!isSubgraphName(name)) return { ok: false, error: { code: 'INVALID_NAME', message: messages.invalidName(name) } };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, error: { code: 'INVALID_REQUEST', message: messages.bodyNotObject } };
  }
  const { sdl, url, version, owner, force } = body as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (typeof sdl !== 'string' || sdl.trim() === '') problems.push({ field: 'sdl', message: messages.fieldSdl });
  if (typeof url !== 'string' || !isHttpUrl(url)) problems.push({ field: 'url', message: messages.fieldUrl });
  if (typeof version !== 'string' || version.trim() === '' || version.length > 64) {
    problems.push({ field: 'version', message: messages.fieldVersion });
  }
  if (typeof owner !== 'string' || !OWNER_CODE.test(owner)) problems.push({ field: 'owner', message: messages.fieldOwner });
  const reason = forceReasonOf(force);
  if (reason === undefined) problems.push({ field: 'force', message: messages.fieldForceReason });
  if (problems.length > 0) {
    return {
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message: messages.invalidRequest(problems.map((p) => `${p.field}: ${p.message}`)),
        details: { fields: problems },
      },
    };
  }
  return {
    ok: true,
    request: { name, sdl: sdl as string, url: url as string, version: version as string, owner: owner as string, force: reason ? { reason } : null },
  };
}

/** The trimmed reason of `force: { reason }`, null without `force`, undefined when invalid. */
function forceReasonOf(force: unknown): string | null | undefined {
  if (force === undefined || force === null) return null;
  if (typeof force !== 'object' || Array.isArray(force)) return undefined;
  const reason = (force as { reason?: unknown }).reason;
  if (typeof reason !== 'string') return undefined;
  const trimmed = reason.trim();
  return trimmed.length >= 3 && trimmed.length <= 500 ? trimmed : undefined;
}

function isHttpUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
