import type { DataSource } from 'typeorm';
import { createCitizenLoaders, type CitizenLoaders } from './citizen/citizen.loaders';
import { CitizenService } from './citizen/citizen.service';
import type { SubgraphConfig } from '@egob/subgraph-kit';
import { loadIdentityConfig } from './config';
import { createLoginServices, type LoginServices } from './auth/login-services';
import { createRolesLoaders, type RolesLoaders } from './servants/roles.loaders';
import { createConsentServices, type ConsentServices } from './consent/consent.services';
import { createMailboxServices, type MailboxServices } from './mailbox/mailbox.services';

/** Services of the identity subgraph, created once. */
export interface IdentityServices extends ConsentServices, MailboxServices, LoginServices {
  citizens: CitizenService;
}

/** DataLoaders of the identity subgraph, created per request. */
export type IdentityLoaders = CitizenLoaders & RolesLoaders;

/** Returns the services over the subgraph's database. */
export function createServices({ dataSource, config }: { dataSource: DataSource; config: SubgraphConfig }): IdentityServices {
  const citizens = new CitizenService(dataSource);
  const { keyEncryptionKey } = loadIdentityConfig(config.EGOB_MODE);
  return { citizens, ...createConsentServices(dataSource), ...createMailboxServices(dataSource, citizens, keyEncryptionKey), ...createLoginServices(dataSource, config.EGOB_MODE) };
}

/** Returns fresh loaders for one request. */
export function createLoaders(services: IdentityServices): IdentityLoaders {
  return { ...createCitizenLoaders(services.citizens), ...createRolesLoaders(services.roles) };
}
