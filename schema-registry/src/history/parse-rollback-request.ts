import { catalogueMessages as m } from '../catalogue.messages';
import { messages } from '../messages';

/** The target id and reason of `POST /supergraph/rollback`, or an INVALID_REQUEST error. */
export type ParsedRollback =
  | { ok: true; to: number; reason: string }
  | { ok: false; error: { code: 'INVALID_REQUEST'; message: string } };

/** Validates `{ to: "<decimal id>", reason: "3–500 chars" }`. */
export function parseRollbackRequest(body: unknown): ParsedRollback {
  const { to, reason } = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const id = typeof to === 'string' && /^[1-9][0-9]{0,14}$/.test(to) ? Number(to) : null;
  if (id === null) problems.push(m.rollbackTo);
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  if (trimmed.length < 3 || trimmed.length > 500) problems.push(m.rollbackReason);
  if (problems.length > 0) return { ok: false, error: { code: 'INVALID_REQUEST', message: messages.invalidRequest(problems) } };
  return { ok: true, to: id!, reason: trimmed };
}
