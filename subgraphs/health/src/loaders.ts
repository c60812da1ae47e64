import DataLoader from 'dataloader';
import type { Affiliate } from './affiliate/affiliate.type';
import type { HealthFacility } from './facility/facility.type';
import type { Encounter } from './record/encounter.type';
import type { FollowUp } from './record/follow-up.type';
import type { Referral } from './record/referral.type';
import type { HealthServices } from './services';

/** DataLoaders of the health subgraph, created per request. */
export interface HealthLoaders {
  facilityByCode: DataLoader<string, HealthFacility | null>;
  affiliateByCi: DataLoader<string, Affiliate | null>;
  encountersByCi: DataLoader<string, Encounter[]>;
  encounterById: DataLoader<string, Encounter | null>;
  referralsByCi: DataLoader<string, Referral[]>;
  followUpsByCi: DataLoader<string, FollowUp[]>;
  /** Key `<clinician CI>\u0000<citizen CI>`: is that clinician attending that citizen now? */
  attending: DataLoader<string, boolean>;
}

const OPTIONS = { maxBatchSize: 1000 };

/** Returns fresh loaders for one request. */
export function createLoaders(services: HealthServices): HealthLoaders {
  return {
    facilityByCode: new DataLoader((codes) => services.facilities.findByCodes(codes), OPTIONS),
    affiliateByCi: new DataLoader((cis) => services.affiliates.findByCis(cis), OPTIONS),
    encountersByCi: new DataLoader((cis) => services.records.encountersByCis(cis), OPTIONS),
    encounterById: new DataLoader((ids) => services.records.encountersByIds(ids), OPTIONS),
    referralsByCi: new DataLoader((cis) => services.records.referralsByCis(cis), OPTIONS),
    followUpsByCi: new DataLoader((cis) => services.records.followUpsByCis(cis), OPTIONS),
    attending: new DataLoader(async (keys) => {
      // A request has one subject: one statement per clinician, in practice one in all.
      const byClinician = new Map<string, string[]>();
      for (const key of keys) {
        const [clinician, ci] = key.split('\u0000') as [string, string];
        const cis = byClinician.get(clinician);
        if (cis) cis.push(ci);
        else byClinician.set(clinician, [ci]);
      }
      const answers = new Map<string, boolean>();
      for (const [clinician, cis] of byClinician) {
        const attended = await services.attentions.attendedBy(clinician, cis);
        cis.forEach((ci, index) => answers.set(`${clinician}\u0000${ci}`, attended[index]!));
      }
      return keys.map((key) => answers.get(key) ?? false);
    }, OPTIONS),
  };
}

/** Returns the key of the `attending` loader. */
export function attendingKey(clinicianCi: string, ci: string): string {
  return `${clinicianCi}\u0000${ci}`;
}
