import { randomUUID } from 'node:crypto';
import type { RequestContext } from '@egob/context-token';
import type { AuditEvent } from './audit-event';

/** The personal data one request has read so far: schema coordinates per subject CI. */
export class PersonalDataReads {
  private readonly bySubject = new Map<string, Set<string>>();

  /** Records that the field `coordinate` (`Citizen.names`) of the citizen `subjectCi` was read. */
  record(subjectCi: string, coordinate: string): void {
    const fields = this.bySubject.get(subjectCi) ?? new Set<string>();
    fields.add(coordinate);
    this.bySubject.set(subjectCi, fields);
  }

  /** True when the request read no personal data. */
  get isEmpty(): boolean {
    return this.bySubject.size === 0;
  }

  /** Returns one event per subject read, with sorted fields, stamped with the reader and `now` (UTC). */
  toEvents(request: RequestContext, subgraph: string, now: Date = new Date()): AuditEvent[] {
    const occurredAt = now.toISOString();
    return [...this.bySubject.entries()].map(([subjectCi, fields]) => ({
      eventId: randomUUID(),
      subjectCi,
      fields: [...fields].sort(),
      reader: request.subject,
      roles: [...request.roles],
      actingEntity: request.actingEntity,
      purpose: request.purpose,
      requestId: request.requestId,
      subgraph,
      occurredAt,
    }));
  }
}
