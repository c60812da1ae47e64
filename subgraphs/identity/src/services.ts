import type { DataSource } from 'typeorm';
import { createCitizenLoaders, type CitizenLoaders } from './citizen/citizen.loaders';
import { CitizenService } from './citizen/citizen.service';

/** Services of the identity subgraph, created once. */
export interface IdentityServices {
  citizens: CitizenService;
}

/** DataLoaders of the identity subgraph, created per request. */
export type IdentityLoaders = CitizenLoaders;

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource }: { dataSource: DataSource }): IdentityServices {
  return { citizens: new CitizenService(dataSource) };
}

/** Returns fresh loaders for one request. */
export function createLoaders(services: IdentityServices): IdentityLoaders {
  return createCitizenLoaders(services.citizens);
}
