import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, MoreThan, type DataSource, type EntityManager, type Repository } from 'typeorm';
import { toPage, type Page } from '@egob/subgraph-kit';
import { ENTITY_CODE_PATTERN, publicEntityRef } from '../public-entity/public-entity.type';
import { ConsentLogEntity } from './consent-log.entity';
import { ConsentAction, type ConsentLogEntry } from './consent-log-entry.type';
import { ConsentErrorCode, type ConsentError } from './consent-result.type';
import { MAX_CONSENT_DAYS, MIN_CONSENT_DAYS, isValidScope } from './consent-scope';
import { ConsentEntity } from './consent.entity';
import { toConsent, toConsentLogEntry } from './consent.mapper';
import { consentMessages } from './consent.messages';
import type { ConsentStatus } from './consent-status.type';
import type { Consent } from './consent.type';

const DAY_MS = 86_400_000;

/** Who acts on a grant: the context token's subject and the request id, for the log. */
export interface ConsentActor {
  subject: string;
  requestId: string;
}

/** What grant() needs. */
export interface GrantConsentCommand {
  ci: string;
  entity: string;
  scope: string;
  validForDays: number;
}

/** Outcome of grant() and revoke(): the grant, or an expected error. */
export type ConsentOutcome = { ok: true; consent: Consent; error: null } | { ok: false; consent: null; error: ConsentError };

/** Is `key` a consent log cursor key (a sequence number)? */
export function isConsentLogKey(key: string): boolean {
  return /^\d{1,15}$/.test(key);
}

/** Grants, revokes and answers consents; every grant and revocation is appended to the consent log. */
export class ConsentService {
  private readonly consents: Repository<ConsentEntity>;
  private readonly log: Repository<ConsentLogEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.consents = dataSource.getRepository(ConsentEntity);
    this.log = dataSource.getRepository(ConsentLogEntity);
  }

  /** Grants `entity` the `scope` for `validForDays` (renews the active grant of the same scope); logs it. */
  async grant(command: GrantConsentCommand, actor: ConsentActor): Promise<ConsentOutcome> {
    if (!ENTITY_CODE_PATTERN.test(command.entity)) return failure(ConsentErrorCode.INVALID_ENTITY, consentMessages.invalidEntity, 'entity');
    if (!isValidScope(command.scope)) return failure(ConsentErrorCode.INVALID_SCOPE, consentMessages.invalidScope, 'scope');
    if (!Number.isInteger(command.validForDays) || command.validForDays < MIN_CONSENT_DAYS || command.validForDays > MAX_CONSENT_DAYS) {
      return failure(ConsentErrorCode.INVALID_EXPIRY, consentMessages.invalidExpiry, 'validForDays');
    }
    const nowDate = this.clock();
    const now = nowDate.toISOString();
    const expiresAt = new Date(nowDate.getTime() + command.validForDays * DAY_MS).toISOString();
    const row = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsentEntity);
      const active = await repository.findOne({
        where: { ci: command.ci, entity: command.entity, scope: command.scope, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      });
      const saved: ConsentEntity = active
        ? { ...active, grantedAt: now, expiresAt }
        : { id: randomUUID(), ci: command.ci, entity: command.entity, scope: command.scope, grantedAt: now, expiresAt, revokedAt: null };
      await repository.save(saved);
      await appendLog(manager, saved, ConsentAction.GRANTED, actor, now);
      return saved;
    });
    return { ok: true, consent: toConsent(row, now), error: null };
  }

  /** Revokes the grant `id` of the citizen `ci`; logs it. */
  async revoke(ci: string, id: string, actor: ConsentActor): Promise<ConsentOutcome> {
    const now = this.clock().toISOString();
    return this.dataSource.transaction(async (manager): Promise<ConsentOutcome> => {
      const repository = manager.getRepository(ConsentEntity);
      const row = id.length <= 36 ? await repository.findOne({ where: { id, ci } }) : null;
      if (!row) return failure(ConsentErrorCode.GRANT_NOT_FOUND, consentMessages.grantNotFound, 'id');
      if (row.revokedAt !== null) return failure(ConsentErrorCode.GRANT_ALREADY_REVOKED, consentMessages.grantAlreadyRevoked, 'id');
      if (row.expiresAt <= now) return failure(ConsentErrorCode.GRANT_EXPIRED, consentMessages.grantExpired, 'id');
      const revoked = { ...row, revokedAt: now };
      await repository.update({ id: row.id }, { revokedAt: now });
      await appendLog(manager, revoked, ConsentAction.REVOKED, actor, now);
      return { ok: true, consent: toConsent(revoked, now), error: null };
    });
  }

  /** Returns the citizen's grants, newest first; only the active ones when `activeOnly`. */
  async listForCitizen(ci: string, activeOnly: boolean): Promise<Consent[]> {
    const now = this.clock().toISOString();
    const rows = await this.consents.find({
      where: activeOnly ? { ci, revokedAt: IsNull(), expiresAt: MoreThan(now) } : { ci },
      order: { grantedAt: 'DESC', id: 'ASC' },
    });
    return rows.map((row) => toConsent(row, now));
  }

  /** Returns whether `entity` holds an active grant of `scope` from `ci` now. */
  async status(ci: string, entity: string, scope: string): Promise<ConsentStatus> {
    const now = this.clock().toISOString();
    const active = await this.consents.findOne({
      where: { ci, entity, scope, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { expiresAt: 'DESC' },
    });
    return { ci, entity: publicEntityRef(entity), scope, granted: active !== null, expiresAt: active?.expiresAt ?? null };
  }

  /** Returns one page of the citizen's consent log, newest first, after the entry `afterSeq`. */
  async logForCitizen(ci: string, first: number, afterSeq: string | null): Promise<Page<ConsentLogEntry>> {
    const rows = await this.log.find({
      where: afterSeq === null ? { ci } : { ci, seq: LessThan(Number(afterSeq)) },
      order: { seq: 'DESC' },
      take: first + 1,
    });
    return toPage(rows, first, (row) => String(row.seq), toConsentLogEntry, () => this.log.count({ where: { ci } }));
  }
}

async function appendLog(manager: EntityManager, grant: ConsentEntity, action: ConsentAction, actor: ConsentActor, now: string): Promise<void> {
  await manager.getRepository(ConsentLogEntity).insert({
    consentId: grant.id,
    ci: grant.ci,
    action,
    entity: grant.entity,
    scope: grant.scope,
    expiresAt: grant.expiresAt,
    actor: actor.subject.slice(0, 128),
    requestId: actor.requestId.slice(0, 128),
    occurredAt: now,
  });
}

function failure(code: ConsentErrorCode, message: string, field: string | null): ConsentOutcome {
  return { ok: false, consent: null, error: { code, message, field } };
}
