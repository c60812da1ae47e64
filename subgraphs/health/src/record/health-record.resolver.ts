import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { HealthFacility } from '../facility/facility.type';
import type { HealthContext } from '../health-context';
import { Encounter } from './encounter.type';
import { FollowUp } from './follow-up.type';
import { HealthRecord } from './health-record.type';
import { Referral } from './referral.type';

/** The lists of a HealthRecord, each through a DataLoader (one statement for every citizen of a request). */
@Resolver(() => HealthRecord)
export class HealthRecordResolver {
  @FieldResolver(() => [Encounter])
  encounters(@Root() record: HealthRecord, @Ctx() ctx: HealthContext): Promise<Encounter[]> {
    return ctx.loaders.encountersByCi.load(record.ci);
  }

  @FieldResolver(() => [Referral])
  referrals(@Root() record: HealthRecord, @Ctx() ctx: HealthContext): Promise<Referral[]> {
    return ctx.loaders.referralsByCi.load(record.ci);
  }

  @FieldResolver(() => [FollowUp])
  followUps(@Root() record: HealthRecord, @Ctx() ctx: HealthContext): Promise<FollowUp[]> {
    return ctx.loaders.followUpsByCi.load(record.ci);
  }
}

/** Returns the facility of a code through the request's loader; a missing one is a bug (foreign keys). */
export async function loadFacility(ctx: HealthContext, code: string): Promise<HealthFacility> {
  const facility = await ctx.loaders.facilityByCode.load(code);
  if (!facility) throw new Error(`health facility ${code} is missing`);
  return facility;
}

/** Encounter.facility: joined by the record's query, else through the request's loader (mutation results). */
@Resolver(() => Encounter)
export class EncounterResolver {
  @FieldResolver(() => HealthFacility)
  facility(@Root() encounter: Encounter, @Ctx() ctx: HealthContext): Promise<HealthFacility> {
    return encounter.facility ? Promise.resolve(encounter.facility) : loadFacility(ctx, encounter.facilityCode);
  }
}

/** Referral.from and Referral.to. */
@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => HealthFacility)
  from(@Root() referral: Referral, @Ctx() ctx: HealthContext): Promise<HealthFacility> {
    return referral.from ? Promise.resolve(referral.from) : loadFacility(ctx, referral.fromFacilityCode);
  }

  @FieldResolver(() => HealthFacility)
  to(@Root() referral: Referral, @Ctx() ctx: HealthContext): Promise<HealthFacility> {
    return referral.to ? Promise.resolve(referral.to) : loadFacility(ctx, referral.toFacilityCode);
  }
}

/** FollowUp.encounter and FollowUp.facility. */
@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => Encounter)
  async encounter(@Root() followUp: FollowUp, @Ctx() ctx: HealthContext): Promise<Encounter> {
    const encounter = followUp.encounter ?? (await ctx.loaders.encounterById.load(followUp.encounterId));
    if (!encounter) throw new Error(`encounter ${followUp.encounterId} of follow-up ${followUp.id} is missing`);
    return encounter;
  }

  @FieldResolver(() => HealthFacility)
  facility(@Root() followUp: FollowUp, @Ctx() ctx: HealthContext): Promise<HealthFacility> {
    return followUp.facility ? Promise.resolve(followUp.facility) : loadFacility(ctx, followUp.facilityCode);
  }
}
