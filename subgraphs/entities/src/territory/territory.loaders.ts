import DataLoader from 'dataloader';
import type { TerritoryRecord } from './territory.model';
import type { TerritoryService } from './territory.service';

/** Per-request DataLoaders of territories. */
export interface TerritoryLoaders {
  /** A territory by INE code (null when unknown): references, parents, departments, provinces. */
  territoryByCode: DataLoader<string, TerritoryRecord | null>;
  /** The direct children of a territory, sorted by code. */
  territoryChildren: DataLoader<string, TerritoryRecord[]>;
}

/** Largest IN list one statement carries; the whole division is 465 codes. */
const MAX_BATCH = 1000;

/** Returns fresh territory loaders for one request. */
export function createTerritoryLoaders(service: TerritoryService): TerritoryLoaders {
  return {
    territoryByCode: new DataLoader((codes) => service.findByCodes(codes), { maxBatchSize: MAX_BATCH }),
    territoryChildren: new DataLoader((codes) => service.findChildren(codes), { maxBatchSize: MAX_BATCH }),
  };
}
