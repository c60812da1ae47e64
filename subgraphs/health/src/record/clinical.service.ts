import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import type { AttentionService } from '../attention/attention.service';
import { careLevelRank } from '../facility/care-level';
import { isFacilityCode, type FacilityService, type StaffMember } from '../facility/facility.service';
import type { HealthFacility } from '../facility/facility.type';
import { isIcd10Code } from '../icd10/icd10';
import { messages } from '../messages';
import { isValidCi } from '../shared/ci';
import { laPazDate, type Clock } from '../shared/clock';
import { HealthErrorCode, healthFailure, type HealthError } from '../shared/health-error.type';
import type { PrescriptionInput, RecordEncounterInput, ReferPatientInput, ScheduleFollowUpInput } from './clinical.inputs';
import { EncounterEntity } from './encounter.entity';
import type { Encounter } from './encounter.type';
import { FollowUpEntity } from './follow-up.entity';
import { FollowUpStatus, type FollowUp } from './follow-up.type';
import { toEncounter, toFollowUp, toReferral } from './record.mapper';
import { ReferralEntity } from './referral.entity';
import { ReferralKind, ReferralStatus, type Referral } from './referral.type';

export const MAX_DIAGNOSES = 20;
export const MAX_PRESCRIPTIONS = 20;
export const MAX_REASON = 500;
export const MAX_NOTES = 4000;
const MAX_PRESCRIPTION_TEXT = 200;
const MAX_DURATION_DAYS = 365;
/** Clocks of clinic computers drift: an instant up to this far ahead is still "now". */
const CLOCK_SKEW_MS = 60_000;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

type Failure = { ok: false; error: HealthError };
export type EncounterOutcome = { ok: true; encounter: Encounter; error: null } | (Failure & { encounter: null });
export type ReferralOutcome = { ok: true; referral: Referral; error: null } | (Failure & { referral: null });
export type FollowUpOutcome = { ok: true; followUp: FollowUp; error: null } | (Failure & { followUp: null });

/** What a clinician records: encounters, referrals, follow-ups. Every check runs before anything is written. */
export class ClinicalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly facilities: FacilityService,
    private readonly attentions: AttentionService,
    private readonly clock: Clock,
  ) {}

  /** Records an encounter; completes the referrals to this facility and the follow-ups due here. */
  async recordEncounter(input: RecordEncounterInput, clinicianCi: string): Promise<EncounterOutcome> {
    const now = this.clock();
    const invalid = checkEncounterInput(input, now);
    if (invalid) return { ...invalid, encounter: null };
    const access = await this.checkAttending(input.ci, input.facilityCode, 'facilityCode', clinicianCi);
    if ('error' in access) return { ...access, encounter: null };
    const occurredAt = input.occurredAt ? new Date(input.occurredAt).toISOString() : now.toISOString();
    const row: EncounterEntity = {
      id: randomUUID(),
      ci: input.ci,
      facilityCode: input.facilityCode,
      clinicianCi,
      clinicianName: access.staff.name,
      clinicianRegistration: access.staff.professionalRegistration,
      occurredAt,
      reason: input.reason.trim(),
      diagnoses: JSON.stringify(input.diagnoses.map(normalizeCode)),
      prescriptions: JSON.stringify(
        (input.prescriptions ?? []).map((p) => ({ medication: p.medication.trim(), dose: p.dose.trim(), frequency: p.frequency.trim(), durationDays: p.durationDays })),
      ),
      notes: (input.notes ?? '').trim(),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(EncounterEntity).insert(row);
      await manager
        .getRepository(ReferralEntity)
        .update(
          { ci: input.ci, toFacilityCode: input.facilityCode, status: In([ReferralStatus.PENDING, ReferralStatus.ACCEPTED]) },
          { status: ReferralStatus.COMPLETED },
        );
      await manager
        .getRepository(FollowUpEntity)
        .update(
          { ci: input.ci, facilityCode: input.facilityCode, status: FollowUpStatus.SCHEDULED, dueDate: LessThanOrEqual(laPazDate(now)) },
          { status: FollowUpStatus.DONE },
        );
    });
    return { ok: true, encounter: toEncounter(row), error: null };
  }

  /** Issues a referral (to a higher level) or counter-referral (to a lower one) from a facility where the citizen is being seen. */
  async referPatient(input: ReferPatientInput, clinicianCi: string): Promise<ReferralOutcome> {
    const fail = (code: HealthErrorCode, message: string, field: string): ReferralOutcome => ({ ...healthFailure(code, message, field), referral: null });
    if (!isValidCi(input.ci)) return fail(HealthErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > MAX_REASON) return fail(HealthErrorCode.INVALID_REASON, messages.invalidReason(MAX_REASON), 'reason');
    const diagnosis = input.diagnosis == null || input.diagnosis.trim() === '' ? null : normalizeCode(input.diagnosis);
    if (diagnosis !== null && !isIcd10Code(diagnosis)) return fail(HealthErrorCode.INVALID_DIAGNOSIS, messages.invalidDiagnosis(input.diagnosis!.slice(0, 20)), 'diagnosis');
    const to = await this.findFacility(input.toFacilityCode);
    if (!to) return fail(HealthErrorCode.UNKNOWN_FACILITY, messages.unknownFacility(input.toFacilityCode.slice(0, 12)), 'toFacilityCode');
    const access = await this.checkAttending(input.ci, input.fromFacilityCode, 'fromFacilityCode', clinicianCi);
    if ('error' in access) return { ...access, referral: null };
    const fromRank = careLevelRank(access.facility.level);
    const toRank = careLevelRank(to.level);
    if (fromRank === toRank) return fail(HealthErrorCode.SAME_LEVEL_OF_CARE, messages.sameLevel, 'toFacilityCode');
    const row: ReferralEntity = {
      id: randomUUID(),
      ci: input.ci,
      kind: toRank > fromRank ? ReferralKind.REFERRAL : ReferralKind.COUNTER_REFERRAL,
      fromFacilityCode: access.facility.code,
      toFacilityCode: to.code,
      clinicianCi,
      reason,
      diagnosis,
      createdAt: this.clock().toISOString(),
      status: ReferralStatus.PENDING,
    };
    await this.dataSource.getRepository(ReferralEntity).insert(row);
    return { ok: true, referral: toReferral(row), error: null };
  }

  /** Schedules a post-recovery follow-up of one of the citizen's encounters. */
  async scheduleFollowUp(input: ScheduleFollowUpInput, clinicianCi: string): Promise<FollowUpOutcome> {
    const fail = (code: HealthErrorCode, message: string, field: string): FollowUpOutcome => ({ ...healthFailure(code, message, field), followUp: null });
    if (!isValidCi(input.ci)) return fail(HealthErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    const now = this.clock();
    if (!isCalendarDate(input.dueDate) || input.dueDate < laPazDate(now)) return fail(HealthErrorCode.INVALID_DUE_DATE, messages.invalidDueDate, 'dueDate');
    const notes = (input.notes ?? '').trim();
    if (notes.length > MAX_NOTES) return fail(HealthErrorCode.INVALID_NOTES, messages.invalidNotes(MAX_NOTES), 'notes');
    const access = await this.checkAttending(input.ci, input.facilityCode, 'facilityCode', clinicianCi);
    if ('error' in access) return { ...access, followUp: null };
    const encounter = input.encounterId.length <= 36 ? await this.dataSource.getRepository(EncounterEntity).findOneBy({ id: input.encounterId, ci: input.ci }) : null;
    if (!encounter) return fail(HealthErrorCode.UNKNOWN_ENCOUNTER, messages.unknownEncounter, 'encounterId');
    const row: FollowUpEntity = {
      id: randomUUID(),
      ci: input.ci,
      encounterId: encounter.id,
      facilityCode: input.facilityCode,
      clinicianCi,
      dueDate: input.dueDate,
      notes,
      status: FollowUpStatus.SCHEDULED,
      createdAt: now.toISOString(),
    };
    await this.dataSource.getRepository(FollowUpEntity).insert(row);
    return { ok: true, followUp: toFollowUp(row, now), error: null };
  }

  /** The facility exists, the clinician works there, and the citizen has an open attention there. */
  private async checkAttending(
    ci: string,
    facilityCode: string,
    field: string,
    clinicianCi: string,
  ): Promise<{ facility: HealthFacility; staff: StaffMember } | Failure> {
    if (!isValidCi(ci)) return healthFailure(HealthErrorCode.INVALID_CI, messages.invalidCi, 'ci');
    const facility = await this.findFacility(facilityCode);
    if (!facility) return healthFailure(HealthErrorCode.UNKNOWN_FACILITY, messages.unknownFacility(facilityCode.slice(0, 12)), field);
    const staff = await this.facilities.findStaffMember(clinicianCi, facility.code);
    if (!staff) return healthFailure(HealthErrorCode.NOT_STAFF_OF_FACILITY, messages.notStaff(facility.code), field);
    if (!(await this.attentions.isOpen(ci, facility.code))) return healthFailure(HealthErrorCode.NO_OPEN_ATTENTION, messages.noOpenAttention(facility.code), field);
    return { facility, staff };
  }

  private findFacility(code: string): Promise<HealthFacility | null> {
    return isFacilityCode(code) ? this.facilities.findByCode(code) : Promise.resolve(null);
  }
}

/** Checks what needs no database: CI, reason, instant, diagnoses, prescriptions, notes. */
function checkEncounterInput(input: RecordEncounterInput, now: Date): Failure | null {
  if (!isValidCi(input.ci)) return healthFailure(HealthErrorCode.INVALID_CI, messages.invalidCi, 'ci');
  const reason = input.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON) return healthFailure(HealthErrorCode.INVALID_REASON, messages.invalidReason(MAX_REASON), 'reason');
  if (input.occurredAt != null) {
    const at = Date.parse(input.occurredAt);
    if (!ISO_INSTANT.test(input.occurredAt) || Number.isNaN(at) || at > now.getTime() + CLOCK_SKEW_MS) {
      return healthFailure(HealthErrorCode.INVALID_OCCURRED_AT, messages.invalidOccurredAt, 'occurredAt');
    }
  }
  if (input.diagnoses.length > MAX_DIAGNOSES) return healthFailure(HealthErrorCode.TOO_MANY_DIAGNOSES, messages.tooManyDiagnoses(MAX_DIAGNOSES), 'diagnoses');
  if (input.diagnoses.length === 0) return healthFailure(HealthErrorCode.INVALID_DIAGNOSIS, messages.noDiagnosis, 'diagnoses');
  const bad = input.diagnoses.find((code) => !isIcd10Code(normalizeCode(code)));
  if (bad !== undefined) return healthFailure(HealthErrorCode.INVALID_DIAGNOSIS, messages.invalidDiagnosis(bad.slice(0, 20)), 'diagnoses');
  const prescriptions = input.prescriptions ?? [];
  if (prescriptions.length > MAX_PRESCRIPTIONS) return healthFailure(HealthErrorCode.INVALID_PRESCRIPTION, messages.tooManyPrescriptions(MAX_PRESCRIPTIONS), 'prescriptions');
  const badPrescription = prescriptions.findIndex((p) => !isValidPrescription(p));
  if (badPrescription >= 0) return healthFailure(HealthErrorCode.INVALID_PRESCRIPTION, messages.invalidPrescription(badPrescription), 'prescriptions');
  if ((input.notes ?? '').trim().length > MAX_NOTES) return healthFailure(HealthErrorCode.INVALID_NOTES, messages.invalidNotes(MAX_NOTES), 'notes');
  return null;
}

function isValidPrescription(p: PrescriptionInput): boolean {
  const text = (value: string) => value.trim().length > 0 && value.trim().length <= MAX_PRESCRIPTION_TEXT;
  return text(p.medication) && text(p.dose) && text(p.frequency) && Number.isInteger(p.durationDays) && p.durationDays >= 1 && p.durationDays <= MAX_DURATION_DAYS;
}

/** Codes are written upper case without spaces (`j06.9 ` is `J06.9`). */
function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Is `value` a real calendar date YYYY-MM-DD? */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
