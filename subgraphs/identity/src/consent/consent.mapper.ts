import { publicEntityRef } from '../public-entity/public-entity.type';
import type { ConsentLogEntity } from './consent-log.entity';
import { ConsentAction, type ConsentLogEntry } from './consent-log-entry.type';
import type { ConsentEntity } from './consent.entity';
import type { Consent } from './consent.type';

/** Returns the API shape of a grant; `now` (ISO) decides whether it is active. */
export function toConsent(row: ConsentEntity, now: string): Consent {
  return {
    id: row.id,
    ci: row.ci,
    entity: publicEntityRef(row.entity),
    scope: row.scope,
    grantedAt: row.grantedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    active: row.revokedAt === null && row.expiresAt > now,
  };
}

/** Returns the API shape of a consent log row. */
export function toConsentLogEntry(row: ConsentLogEntity): ConsentLogEntry {
  return {
    id: String(row.seq),
    ci: row.ci,
    action: row.action === ConsentAction.REVOKED ? ConsentAction.REVOKED : ConsentAction.GRANTED,
    consentId: row.consentId,
    entity: publicEntityRef(row.entity),
    scope: row.scope,
    expiresAt: row.expiresAt,
    actor: row.actor,
    requestId: row.requestId,
    occurredAt: row.occurredAt,
  };
}
