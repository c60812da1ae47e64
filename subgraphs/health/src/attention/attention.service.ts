import { randomUUID } from 'node:crypto';
import { In, IsNull, MoreThan, type DataSource, type Repository } from 'typeorm';
import { FacilityService, isFacilityCode } from '../facility/facility.service';
import { messages } from '../messages';
import { isValidCi } from '../shared/ci';
import type { Clock } from '../shared/clock';
import { HealthErrorCode, healthFailure, type HealthError } from '../shared/health-error.type';
import { ReferralEntity } from '../record/referral.entity';
import { ReferralStatus } from '../record/referral.type';
import { AttentionEntity } from './attention.entity';
import type { Attention } from './attention.type';

/** How long an attention stays open. */
export const ATTENTION_HOURS = 24;

/** Outcome of open() and close(). */
export type AttentionOutcome = { ok: true; attention: Attention; error: null } | { ok: false; attention: null; error: HealthError };

/** Opens and closes attentions, and answers which citizens a clinician is attending now. */
export class AttentionService {
  private readonly attentions: Repository<AttentionEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly facilities: FacilityService,
    private readonly clock: Clock,
  ) {
    this.attentions = dataSource.getRepository(AttentionEntity);
  }

  /** Opens a 24 h attention of `ci` at a facility where `clinicianCi` works; accepts the referrals pending there. */
  async open(input: { ci: string; facilityCode: string }, clinicianCi: string): Promise<AttentionOutcome> {
    if (!isValidCi(input.ci)) return failure(HealthErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    if (!isFacilityCode(input.facilityCode) || !(await this.facilities.findByCode(input.facilityCode))) {
      return failure(HealthErrorCode.UNKNOWN_FACILITY, messages.unknownFacility(input.facilityCode.slice(0, 12)), 'facilityCode');
    }
    if (!(await this.facilities.findStaffMember(clinicianCi, input.facilityCode))) {
      return failure(HealthErrorCode.NOT_STAFF_OF_FACILITY, messages.notStaff(input.facilityCode), 'facilityCode');
    }
    const now = this.clock();
    const row: AttentionEntity = {
      id: randomUUID(),
      ci: input.ci,
      facilityCode: input.facilityCode,
      clinicianCi,
      openedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ATTENTION_HOURS * 3_600_000).toISOString(),
      closedAt: null,
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(AttentionEntity).insert(row);
      await manager
        .getRepository(ReferralEntity)
        .update({ ci: input.ci, toFacilityCode: input.facilityCode, status: ReferralStatus.PENDING }, { status: ReferralStatus.ACCEPTED });
    });
    return { ok: true, attention: toAttention(row), error: null };
  }

  /** Closes the open attention `id` if `clinicianCi` is staff of its facility. */
  async close(id: string, clinicianCi: string): Promise<AttentionOutcome> {
    const row = id.length <= 36 ? await this.attentions.findOneBy({ id }) : null;
    if (!row) return failure(HealthErrorCode.UNKNOWN_ATTENTION, messages.unknownAttention, 'id');
    if (!(await this.facilities.findStaffMember(clinicianCi, row.facilityCode))) {
      return failure(HealthErrorCode.NOT_STAFF_OF_FACILITY, messages.notStaff(row.facilityCode), 'id');
    }
    const now = this.clock().toISOString();
    if (row.closedAt !== null || row.expiresAt <= now) return failure(HealthErrorCode.ATTENTION_ALREADY_CLOSED, messages.attentionClosed, 'id');
    await this.attentions.update({ id }, { closedAt: now });
    return { ok: true, attention: toAttention({ ...row, closedAt: now }), error: null };
  }

  /** Is there an open attention of `ci` at `facilityCode` now? */
  async isOpen(ci: string, facilityCode: string): Promise<boolean> {
    const now = this.clock().toISOString();
    return (await this.attentions.countBy({ ci, facilityCode, closedAt: IsNull(), expiresAt: MoreThan(now) })) > 0;
  }

  /**
   * Returns, in key order, whether `clinicianCi` works at a facility where each citizen has
   * an open attention now — one statement for all the citizens of a request.
   */
  async attendedBy(clinicianCi: string, cis: readonly string[]): Promise<boolean[]> {
    const now = this.clock().toISOString();
    const rows: Array<{ ci: string }> = await this.attentions
      .createQueryBuilder('attention')
      .select('DISTINCT attention.ci', 'ci')
      .innerJoin('health_staff', 'staff', 'staff.facility_code = attention.facility_code AND staff.ci = :clinicianCi', { clinicianCi })
      .where({ ci: In([...new Set(cis)]), closedAt: IsNull(), expiresAt: MoreThan(now) })
      .getRawMany();
    const attended = new Set(rows.map((row) => row.ci));
    return cis.map((ci) => attended.has(ci));
  }
}

function toAttention(row: AttentionEntity): Attention {
  return { id: row.id, ci: row.ci, facilityCode: row.facilityCode, openedAt: row.openedAt, expiresAt: row.expiresAt, closedAt: row.closedAt };
}

function failure(code: HealthErrorCode, message: string, field: string | null): AttentionOutcome {
  return { ...healthFailure(code, message, field), attention: null };
}
