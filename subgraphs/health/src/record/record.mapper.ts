import { toHealthFacility } from '../facility/facility.service';
import { laPazDate } from '../shared/clock';
import { findIcd10Description } from '../icd10/icd10';
import type { EncounterEntity } from './encounter.entity';
import type { Diagnosis, Encounter, Prescription } from './encounter.type';
import type { FollowUpEntity } from './follow-up.entity';
import { FollowUpStatus, type FollowUp } from './follow-up.type';
import type { ReferralEntity } from './referral.entity';
import type { Referral, ReferralKind, ReferralStatus } from './referral.type';

/** Returns the Diagnosis of an ICD-10 code. */
export function toDiagnosis(code: string): Diagnosis {
  return { code, description: findIcd10Description(code) };
}

/** Returns the Encounter of a row (diagnoses and prescriptions parsed from their JSON columns). */
export function toEncounter(row: EncounterEntity): Encounter {
  return {
    id: row.id,
    ci: row.ci,
    facilityCode: row.facilityCode,
    occurredAt: row.occurredAt,
    clinician: { name: row.clinicianName, professionalRegistration: row.clinicianRegistration },
    reason: row.reason,
    diagnoses: (JSON.parse(row.diagnoses) as string[]).map(toDiagnosis),
    prescriptions: JSON.parse(row.prescriptions) as Prescription[],
    notes: row.notes,
    ...(row.facility ? { facility: toHealthFacility(row.facility) } : {}),
  };
}

/** Returns the Referral of a row. */
export function toReferral(row: ReferralEntity): Referral {
  return {
    id: row.id,
    ci: row.ci,
    kind: row.kind as ReferralKind,
    fromFacilityCode: row.fromFacilityCode,
    toFacilityCode: row.toFacilityCode,
    reason: row.reason,
    diagnosis: row.diagnosis === null ? null : toDiagnosis(row.diagnosis),
    createdAt: row.createdAt,
    status: row.status as ReferralStatus,
    ...(row.fromFacility ? { from: toHealthFacility(row.fromFacility) } : {}),
    ...(row.toFacility ? { to: toHealthFacility(row.toFacility) } : {}),
  };
}

/** Returns the FollowUp of a row: a SCHEDULED one whose date passed (Bolivian calendar) reads MISSED. */
export function toFollowUp(row: FollowUpEntity, now: Date): FollowUp {
  const missed = row.status === FollowUpStatus.SCHEDULED && row.dueDate < laPazDate(now);
  return {
    id: row.id,
    ci: row.ci,
    encounterId: row.encounterId,
    facilityCode: row.facilityCode,
    dueDate: row.dueDate,
    notes: row.notes,
    status: missed ? FollowUpStatus.MISSED : (row.status as FollowUpStatus),
    ...(row.facility ? { facility: toHealthFacility(row.facility) } : {}),
    ...(row.encounter ? { encounter: toEncounter(row.encounter) } : {}),
  };
}
