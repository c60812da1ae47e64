import DataLoader from 'dataloader';
import type { CourtRecord } from './court-catalogue';
import type { CourtService } from './court.service';

/** Per-request DataLoaders of courts. */
export interface CourtLoaders {
  courtByCode: DataLoader<string, CourtRecord | null>;
}

/** Returns fresh court loaders for one request. */
export function createCourtLoaders(service: CourtService): CourtLoaders {
  return { courtByCode: new DataLoader((codes) => service.findByCodes(codes), { maxBatchSize: 1000 }) };
}
