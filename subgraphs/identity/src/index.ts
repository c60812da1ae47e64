import { defineSubgraph } from '@egob/subgraph-kit';
import { CitizenEntity } from './citizen/citizen.entity';
import { CitizenResolver } from './citizen/citizen.resolver';
import type { Citizen } from './citizen/citizen.type';
import { CreateCitizen1732600000000 } from './migrations/1732600000000-create-citizen';
import { rules } from './rules';
import { seed } from './seed';
import { createLoaders, createServices } from './services';
import type { IdentityContext } from './identity-context';

/** The identity subgraph (Ciudadanía Digital): citizens keyed by CI. */
export default defineSubgraph({
  name: 'identity',
  owner: 'AGETIC',
  port: 4100,
  entities: [CitizenEntity],
  migrations: [CreateCitizen1732600000000],
  resolvers: [CitizenResolver],
  references: {
    Citizen: (reference: { ci: string }, ctx: IdentityContext) => ctx.loaders.citizenByCi.load(reference.ci),
  },
  rules,
  personalData: { Citizen: (citizen: Citizen) => citizen.ci },
  services: createServices,
  loaders: createLoaders,
  seed,
});
