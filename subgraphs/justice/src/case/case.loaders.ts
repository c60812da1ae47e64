import DataLoader from 'dataloader';
import type { CaseEntity } from './case.entity';
import type { CaseRow, CaseService } from './case.service';
import type { HearingEntity } from './hearing.entity';
import type { PartyEntity } from './party.entity';
import type { RulingEntity } from './ruling.entity';

/** Per-request DataLoaders of cases and what hangs from them. */
export interface CaseLoaders {
  caseByNumber: DataLoader<string, CaseEntity | null>;
  /** The cases where a CI is a party, newest first. */
  casesByPartyCi: DataLoader<string, CaseRow[]>;
  partiesByCase: DataLoader<string, PartyEntity[]>;
  hearingsByCase: DataLoader<string, HearingEntity[]>;
  rulingsByCase: DataLoader<string, RulingEntity[]>;
}

/** Largest IN list one statement carries. */
const MAX_BATCH = 1000;

/** Returns fresh case loaders for one request. */
export function createCaseLoaders(service: CaseService): CaseLoaders {
  return {
    caseByNumber: new DataLoader((numbers) => service.findByNumbers(numbers), { maxBatchSize: MAX_BATCH }),
    casesByPartyCi: new DataLoader((cis) => service.findByPartyCis(cis), { maxBatchSize: MAX_BATCH }),
    partiesByCase: new DataLoader((numbers) => service.findPartiesByCases(numbers), { maxBatchSize: MAX_BATCH }),
    hearingsByCase: new DataLoader((numbers) => service.findHearingsByCases(numbers), { maxBatchSize: MAX_BATCH }),
    rulingsByCase: new DataLoader((numbers) => service.findRulingsByCases(numbers), { maxBatchSize: MAX_BATCH }),
  };
}
