import { isGateway, isOwner, isPublic, hasEntityRole, or, type RuleMap } from '@egob/subgraph-kit';
import { mayReadAffiliation } from './affiliate/may-read-affiliation.rule';
import { isAttendingClinician } from './attention/is-attending-clinician.rule';
import type { Citizen } from './citizen/citizen.type';
import { CLINICIAN_ROLE } from './shared/health-roles';

const isClinician = hasEntityRole(CLINICIAN_ROLE);
/** The whole clinical record: the citizen, or a clinician of a facility where they are being seen. */
const mayReadHealthRecord = or(isOwner((citizen: Citizen) => citizen.ci), isAttendingClinician);

const resultFields = (object: string) => ({ ok: isGateway, [object]: isGateway, error: isGateway });

/**
 * Access rules of every field (deny by default); the README has them as a table. Types
 * reached only through a guarded field (HealthRecord, Encounter, … and mutation results)
 * carry `isGateway`: the guard is the field that leads to them.
 */
export const rules: RuleMap = {
  Query: {
    healthFacility: isPublic,
    healthFacilities: isPublic,
  },
  Mutation: {
    // Staff of the facility and the open attention are checked by the services (typed errors).
    openAttention: isClinician,
    closeAttention: isClinician,
    recordEncounter: isClinician,
    referPatient: isClinician,
    scheduleFollowUp: isClinician,
  },
  Citizen: {
    ci: isGateway,
    affiliation: mayReadAffiliation,
    healthRecord: mayReadHealthRecord,
  },
  HealthFacility: { code: isPublic, name: isPublic, level: isPublic, kind: isPublic, territory: isPublic },
  HealthFacilityConnection: { nodes: isPublic, pageInfo: isPublic, totalCount: isPublic },
  PageInfo: { hasNextPage: isPublic, endCursor: isPublic },
  Territory: { code: isPublic },
  PublicEntity: { code: isPublic },
  Affiliate: { affiliationNumber: isGateway, insurer: isGateway, status: isGateway, since: isGateway, employerName: isGateway },
  HealthRecord: { encounters: isGateway, referrals: isGateway, followUps: isGateway },
  Encounter: {
    id: isGateway,
    occurredAt: isGateway,
    facility: isGateway,
    clinician: isGateway,
    reason: isGateway,
    diagnoses: isGateway,
    prescriptions: isGateway,
    notes: isGateway,
  },
  Diagnosis: { code: isGateway, description: isGateway },
  Prescription: { medication: isGateway, dose: isGateway, frequency: isGateway, durationDays: isGateway },
  Clinician: { name: isGateway, professionalRegistration: isGateway },
  Referral: {
    id: isGateway,
    kind: isGateway,
    from: isGateway,
    to: isGateway,
    reason: isGateway,
    diagnosis: isGateway,
    createdAt: isGateway,
    status: isGateway,
  },
  FollowUp: { id: isGateway, encounter: isGateway, facility: isGateway, dueDate: isGateway, notes: isGateway, status: isGateway },
  Attention: { id: isGateway, ci: isGateway, facility: isGateway, openedAt: isGateway, expiresAt: isGateway, closedAt: isGateway },
  HealthError: { code: isGateway, message: isGateway, field: isGateway },
  OpenAttentionResult: resultFields('attention'),
  CloseAttentionResult: resultFields('attention'),
  RecordEncounterResult: resultFields('encounter'),
  ReferPatientResult: resultFields('referral'),
  ScheduleFollowUpResult: resultFields('followUp'),
};
