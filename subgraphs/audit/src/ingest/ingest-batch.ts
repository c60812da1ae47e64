import { z } from 'zod';
import type { IncomingAuditEvent } from '../audit-log/audit-log.service';
import { messages } from '../messages';

/** A batch of audit events from one source subgraph, as validated. */
export interface IngestBatch {
  source: string;
  owner: string;
  events: IncomingAuditEvent[];
}

/** Largest batch a source may send (the kit's forwarder sends at most 500). */
export const MAX_INGEST_EVENTS = 500;

/** The source's name: the only part of the body read before authentication. */
export const SOURCE_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

const text = messages.ingest;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ENTITY_CODE = /^[A-Z0-9][A-Z0-9-]{1,63}$/;

const eventSchema = z.strictObject(
  {
    eventId: z.string({ error: text.eventId }).regex(UUID, text.eventId),
    subjectCi: z.string({ error: text.subjectCi }).regex(/^[0-9A-Za-z-]{1,32}$/, text.subjectCi),
    fields: z
      .array(z.string({ error: text.fields }).max(200, text.fields).regex(/^[A-Z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/, text.fields), { error: text.fields })
      .min(1, text.fields)
      .max(500, text.fields),
    reader: z.string({ error: text.reader }).min(1, text.reader).max(128, text.reader),
    roles: z.array(z.string({ error: text.roles }).min(1, text.roles).max(64, text.roles), { error: text.roles }).max(50, text.roles),
    actingEntity: z.string({ error: text.actingEntity }).regex(ENTITY_CODE, text.actingEntity).nullable(),
    purpose: z.string({ error: text.purpose }).min(1, text.purpose).max(500, text.purpose).nullable(),
    requestId: z.string({ error: text.requestId }).min(1, text.requestId).max(128, text.requestId),
    occurredAt: z
      .string({ error: text.occurredAt })
      .regex(INSTANT, text.occurredAt)
      .refine((value) => !Number.isNaN(Date.parse(value)) && new Date(value).toISOString() === value, text.occurredAt),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? text.unknownKey : text.body) },
);

const batchSchema = z.strictObject(
  {
    source: z.string({ error: text.source }).regex(SOURCE_PATTERN, text.source),
    owner: z.string({ error: text.owner }).regex(ENTITY_CODE, text.owner),
    events: z.array(eventSchema, { error: text.events }).min(1, text.events).max(MAX_INGEST_EVENTS, text.events),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? text.unknownKey : text.body) },
);

/** Returns the validated batch, or the one-line reason it is refused (nothing of it is stored). */
export function parseIngestBatch(body: unknown): { ok: true; batch: IngestBatch } | { ok: false; reason: string } {
  const parsed = batchSchema.safeParse(body);
  if (parsed.success) return { ok: true, batch: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length === 0 ? 'el cuerpo' : issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./, '');
  return { ok: false, reason: messages.ingestInvalid(where, issue.message) };
}
