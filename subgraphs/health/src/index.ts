import { defineSubgraph } from '@egob/subgraph-kit';
import { AffiliateEntity } from './affiliate/affiliate.entity';
import type { Affiliate } from './affiliate/affiliate.type';
import { AttentionEntity } from './attention/attention.entity';
import { AttentionResolver } from './attention/attention.resolver';
import type { Attention } from './attention/attention.type';
import { CitizenHealthResolver } from './citizen/citizen-health.resolver';
import { Citizen, resolveCitizenReference } from './citizen/citizen.type';
import { HealthFacilityEntity } from './facility/facility.entity';
import { FacilityResolver, resolveHealthFacilityReference } from './facility/facility.resolver';
import { StaffEntity } from './facility/staff.entity';
import { createLoaders } from './loaders';
import { CreateHealthTables1765000000100 } from './migrations/1765000000100-create-health-tables';
import { ClinicalResolver } from './record/clinical.resolver';
import { EncounterEntity } from './record/encounter.entity';
import type { Encounter } from './record/encounter.type';
import { FollowUpEntity } from './record/follow-up.entity';
import type { FollowUp } from './record/follow-up.type';
import { EncounterResolver, FollowUpResolver, HealthRecordResolver, ReferralResolver } from './record/health-record.resolver';
import type { HealthRecord } from './record/health-record.type';
import { ReferralEntity } from './record/referral.entity';
import type { Referral } from './record/referral.type';
import { rules } from './rules';
import { seed } from './seed';
import { createServices } from './services';

/** The health subgraph (Registro Único de Salud, MIN-SALUD): facilities, affiliation and the clinical record that follows the citizen. */
export default defineSubgraph({
  name: 'health',
  owner: 'MIN-SALUD',
  port: 4104,
  entities: [HealthFacilityEntity, StaffEntity, AffiliateEntity, AttentionEntity, EncounterEntity, ReferralEntity, FollowUpEntity],
  migrations: [CreateHealthTables1765000000100],
  resolvers: [FacilityResolver, CitizenHealthResolver, HealthRecordResolver, EncounterResolver, ReferralResolver, FollowUpResolver, AttentionResolver, ClinicalResolver],
  orphanedTypes: [Citizen],
  references: {
    Citizen: resolveCitizenReference,
    HealthFacility: resolveHealthFacilityReference,
  },
  rules,
  personalData: {
    Affiliate: (affiliate: Affiliate) => affiliate.ci,
    HealthRecord: (record: HealthRecord) => record.ci,
    Encounter: (encounter: Encounter) => encounter.ci,
    Referral: (referral: Referral) => referral.ci,
    FollowUp: (followUp: FollowUp) => followUp.ci,
    Attention: (attention: Attention) => attention.ci,
  },
  services: (deps) => createServices(deps),
  loaders: createLoaders,
  seed,
});
