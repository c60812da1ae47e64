import type { HttpRoute } from '@egob/subgraph-kit';
import { messages } from '../messages';
import type { AuditServices } from '../services';
import { parseIngestBatch, SOURCE_PATTERN } from './ingest-batch';
import { isSourceAuthorized } from './source-key';

/**
 * `POST /ingest`: the kit's forwarders deliver audit events here. Authenticated per
 * source (AUDIT_INGEST_KEYS), validated strictly (400 with one line, nothing stored),
 * idempotent by event id: `200 { ok: true, stored, duplicates }`.
 */
export const ingestRoute: HttpRoute<AuditServices> = {
  method: 'POST',
  path: '/ingest',
  // 500 events of a few hundred bytes each, with room for long purposes.
  bodyLimit: '2mb',
  async handle({ body, headers }, { services, config }) {
    const source = (body as { source?: unknown } | null | undefined)?.source;
    if (typeof source === 'string' && SOURCE_PATTERN.test(source) && !isSourceAuthorized(headers.authorization, source, config.AUDIT_INGEST_KEYS)) {
      return { status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED', message: messages.ingestUnauthorized } } };
    }
    const parsed = parseIngestBatch(body);
    if (!parsed.ok) return { status: 400, body: { ok: false, error: { code: 'BAD_REQUEST', message: parsed.reason } } };
    const { source: subgraph, owner, events } = parsed.batch;
    const outcome = await services.auditLog.append({ subgraph, owner }, events);
    return { status: 200, body: { ok: true, ...outcome } };
  },
};
