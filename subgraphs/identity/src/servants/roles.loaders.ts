import DataLoader from 'dataloader';
import type { RolesService, ServantLinkView } from './roles.service';

/** Per-request DataLoaders of roles and servant links. */
export interface RolesLoaders {
  platformRolesByCi: DataLoader<string, string[]>;
  servantLinksByCi: DataLoader<string, ServantLinkView[]>;
}

/** Returns fresh role loaders for one request. */
export function createRolesLoaders(service: RolesService): RolesLoaders {
  return {
    platformRolesByCi: new DataLoader((cis) => service.findRolesByCis(cis), { maxBatchSize: 1000 }),
    servantLinksByCi: new DataLoader((cis) => service.findServantLinksByCis(cis), { maxBatchSize: 1000 }),
  };
}
