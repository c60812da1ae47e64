import DataLoader from 'dataloader';
import type { CitizenService } from './citizen.service';
import type { Citizen } from './citizen.type';

/** Per-request DataLoaders of citizens. */
export interface CitizenLoaders {
  citizenByCi: DataLoader<string, Citizen | null>;
}

/** Returns fresh citizen loaders for one request. */
export function createCitizenLoaders(service: CitizenService): CitizenLoaders {
  return { citizenByCi: new DataLoader((cis) => service.findByCis(cis), { maxBatchSize: 1000 }) };
}
