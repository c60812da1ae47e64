import { In, type DataSource, type Repository } from 'typeorm';
import { HealthFacilityEntity } from '../facility/facility.entity';
import type { Clock } from '../shared/clock';
import { EncounterEntity } from './encounter.entity';
import type { Encounter } from './encounter.type';
import { FollowUpEntity } from './follow-up.entity';
import type { FollowUp } from './follow-up.type';
import { ReferralEntity } from './referral.entity';
import type { Referral } from './referral.type';
import { toEncounter, toFollowUp, toReferral } from './record.mapper';

/**
 * Reads clinical records: each method answers many citizens in one statement (DataLoader
 * batches), with the facilities (and a follow-up's encounter) joined into that statement —
 * a separate facility loader would batch per tick, and the lists arrive in different ticks.
 */
export class HealthRecordService {
  private readonly encounters: Repository<EncounterEntity>;
  private readonly referrals: Repository<ReferralEntity>;
  private readonly followUps: Repository<FollowUpEntity>;

  constructor(
    dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.encounters = dataSource.getRepository(EncounterEntity);
    this.referrals = dataSource.getRepository(ReferralEntity);
    this.followUps = dataSource.getRepository(FollowUpEntity);
  }

  /** Returns each citizen's encounters, newest first, in key order. */
  async encountersByCis(cis: readonly string[]): Promise<Encounter[][]> {
    const rows = await this.encounters
      .createQueryBuilder('encounter')
      .leftJoinAndMapOne('encounter.facility', HealthFacilityEntity, 'facility', 'facility.code = encounter.facilityCode')
      .where({ ci: In([...new Set(cis)]) })
      .orderBy('encounter.occurredAt', 'DESC')
      .addOrderBy('encounter.id', 'DESC')
      .getMany();
    return groupByCi(cis, rows.map(toEncounter));
  }

  /** Returns the encounters of the given ids in key order (null where none). */
  async encountersByIds(ids: readonly string[]): Promise<Array<Encounter | null>> {
    const rows = await this.encounters.findBy({ id: In([...new Set(ids)]) });
    const byId = new Map(rows.map((row) => [row.id, toEncounter(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Returns each citizen's referrals, newest first, in key order. */
  async referralsByCis(cis: readonly string[]): Promise<Referral[][]> {
    const rows = await this.referrals
      .createQueryBuilder('referral')
      .leftJoinAndMapOne('referral.fromFacility', HealthFacilityEntity, 'origin', 'origin.code = referral.fromFacilityCode')
      .leftJoinAndMapOne('referral.toFacility', HealthFacilityEntity, 'destination', 'destination.code = referral.toFacilityCode')
      .where({ ci: In([...new Set(cis)]) })
      .orderBy('referral.createdAt', 'DESC')
      .addOrderBy('referral.id', 'DESC')
      .getMany();
    return groupByCi(cis, rows.map(toReferral));
  }

  /** Returns each citizen's follow-ups by due date, in key order. */
  async followUpsByCis(cis: readonly string[]): Promise<FollowUp[][]> {
    const now = this.clock();
    const rows = await this.followUps
      .createQueryBuilder('followUp')
      .leftJoinAndMapOne('followUp.facility', HealthFacilityEntity, 'facility', 'facility.code = followUp.facilityCode')
      .leftJoinAndMapOne('followUp.encounter', EncounterEntity, 'encounter', 'encounter.id = followUp.encounterId')
      .leftJoinAndMapOne('encounter.facility', HealthFacilityEntity, 'encounterFacility', 'encounterFacility.code = encounter.facilityCode')
      .where({ ci: In([...new Set(cis)]) })
      .orderBy('followUp.dueDate', 'ASC')
      .addOrderBy('followUp.id', 'ASC')
      .getMany();
    return groupByCi(cis, rows.map((row) => toFollowUp(row, now)));
  }
}

function groupByCi<T extends { ci: string }>(cis: readonly string[], items: T[]): T[][] {
  const byCi = new Map<string, T[]>();
  for (const item of items) {
    const list = byCi.get(item.ci);
    if (list) list.push(item);
    else byCi.set(item.ci, [item]);
  }
  return cis.map((ci) => byCi.get(ci) ?? []);
}
